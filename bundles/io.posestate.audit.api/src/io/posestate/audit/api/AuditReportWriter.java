package io.posestate.audit.api;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a human report of an audit (e.g. report.html, report.pdf) into the output folder. */
@org.osgi.annotation.versioning.ConsumerType
public interface AuditReportWriter {

    /**
     * Called when a run starts, before its inputs are read, so that a writer can load what its next {@link #write}
     * needs (fonts, classes) on a thread of its own meanwhile. Does nothing by default.
     */
    default void prepare() {
    }

    /** @return the file written */
    Path write(AuditResult result, Path outDir) throws IOException;
}
