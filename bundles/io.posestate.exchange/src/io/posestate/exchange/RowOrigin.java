package io.posestate.exchange;

/**
 * Where a row being delivered to a {@link RowHandler} comes from. Only valid during that call.
 */
public interface RowOrigin {

    /** File name, e.g. {@code merchants.csv}. */
    String file();

    /** Physical line (1-based) where the record starts. */
    long line();

    /** The record's text as in the file, without its line end (decoded on demand). */
    String raw();

    /** A reject for this record with the given reason. */
    default Reject reject(String reason) {
        return new Reject(file(), line(), reason, raw());
    }
}
