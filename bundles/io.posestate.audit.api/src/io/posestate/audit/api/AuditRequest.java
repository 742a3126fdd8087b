package io.posestate.audit.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to audit: the data folder (transactions.csv and the registry files), the audit date, where to write the
 * results, the policy, the store to read the registry from when the folder has no registry files (null = the
 * default store), and who runs it.
 */
public record AuditRequest(Path dataDir, LocalDate asOf, Path outDir, AuditPolicy policy, String policySource,
        String storeLocation, String actor) {

    public AuditRequest {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(actor, "actor");
    }
}
