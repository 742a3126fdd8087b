package io.posestate.audit.api;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a human report of an audit (e.g. report.html, report.pdf) into the output folder. */
@org.osgi.annotation.versioning.ConsumerType
public interface AuditReportWriter {

    /** @return the file written */
    Path write(AuditResult result, Path outDir) throws IOException;
}
