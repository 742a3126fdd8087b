package io.posestate.exchange;

/** Receives each valid row together with its origin (needed e.g. to reject it later for a cross-row rule). */
@FunctionalInterface
public interface RowHandler<T> {

    void accept(T row, RowOrigin origin);
}
