package io.posestate.audit.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.posestate.exchange.Reject;

/**
 * Everything an audit produced and the evidence needed to reproduce it.
 *
 * @param findings     sorted as in findings.csv
 * @param rejects      the rejects (also in rejects.csv); at most {@link #MAX_REJECTS_KEPT} are kept here,
 *                     {@code rejectCount} is the full number
 * @param registrySource where the registry came from (the data folder or a store)
 */
public record AuditResult(AuditRequest request, String productVersion, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, List<RuleInfo> rules, List<InputFile> inputs, String registrySource,
        long transactionsRead, long transactionsAudited, List<Finding> findings, List<Reject> rejects,
        long rejectCount, Map<String, String> outputs) {

    public static final int MAX_REJECTS_KEPT = 1000;

    /** A rule that ran. */
    public record RuleInfo(String id, String version, String description, String bundle) {
    }

    /** An input file with its SHA-256, the records read and how many were rejected. */
    public record InputFile(String name, long bytes, String sha256, long records, long rejected) {
    }
}
