package io.posestate.audit.api;

import java.io.IOException;

/**
 * Runs an audit: loads the registry, streams transactions.csv once through every {@link AuditRule} service,
 * writes findings.csv, findings.json and rejects.csv to the output folder, then hands the result to every
 * {@link AuditReportWriter} and {@link FindingStore} service.
 */
@org.osgi.annotation.versioning.ProviderType
public interface AuditService {

    /**
     * @throws java.nio.file.NoSuchFileException or another IOException when an input is missing or unreadable
     *                                           (the message names the file and the reason)
     */
    AuditResult run(AuditRequest request) throws IOException;
}
