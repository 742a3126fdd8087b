package io.posestate.exchange;

/**
 * A record that could not be accepted, as written to rejects.csv.
 *
 * @param file   file name, e.g. {@code terminals.csv}
 * @param line   the physical line (1-based) where the record starts
 * @param reason why it was rejected, naming the column and value
 * @param raw    the record's text as in the file, without its line end
 */
public record Reject(String file, long line, String reason, String raw) {
}
