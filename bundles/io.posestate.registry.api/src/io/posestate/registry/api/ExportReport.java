package io.posestate.registry.api;

import java.nio.file.Path;
import java.util.Map;

/**
 * Outcome of an export.
 *
 * @param directory where the files were written
 * @param rows      data rows written per file name, in writing order
 */
public record ExportReport(Path directory, Map<String, Long> rows) {
    public ExportReport {
        rows = Map.copyOf(rows);
    }
}
