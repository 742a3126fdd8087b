package io.posestate.audit.internal;

/**
 * Implemented by built-in rule runs whose per-transaction state is looked up at random in large tables: the
 * engine calls {@link #prefetch} for a group of rows before {@code accept}, so the cache misses overlap.
 */
public interface Prefetching {

    /**
     * Reads (and returns something depending on) the memory {@code accept} will use for rows {@code [from, to)} of
     * the cursor's batch (move it with {@link Txn#at(int)}); changes nothing. A loop here, with little work per row,
     * keeps many loads in flight.
     */
    long prefetch(Txn t, int from, int to);
}
