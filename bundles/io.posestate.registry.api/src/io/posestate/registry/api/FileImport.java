package io.posestate.registry.api;

import java.util.List;

import io.posestate.exchange.Reject;

/**
 * Outcome of importing one file (one database transaction). {@code read} counts the data records of the
 * file; each is rejected, inserted, updated or unchanged (a row superseded by a later row for the same key
 * in phone_status.csv or licensed_acquirers.csv counts as unchanged).
 *
 * @param file    file name, e.g. {@code terminals.csv}
 * @param sha256  hex SHA-256 of the file's bytes
 * @param rejects the rejected records with line and reason, in file order (write them with RejectsWriter)
 */
public record FileImport(String file, String sha256, long read, long inserted, long updated, long unchanged,
        long rejected, List<Reject> rejects) {
    public FileImport {
        rejects = List.copyOf(rejects);
    }

    /** @return whether the import changed the store */
    public boolean changed() {
        return inserted + updated > 0;
    }
}
