package io.posestate.registry.api;

import java.util.List;

import io.posestate.exchange.Reject;

/** Outcome of an import: one {@link FileImport} per imported file, in import order. */
public record ImportReport(List<FileImport> files) {
    public ImportReport {
        files = List.copyOf(files);
    }

    /** @return all rejects of all files, in import order */
    public List<Reject> rejects() {
        return files.stream().flatMap(f -> f.rejects().stream()).toList();
    }

    /** @return the report of a file by name, e.g. {@code merchants.csv} */
    public FileImport file(String name) {
        return files.stream().filter(f -> f.file().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No file " + name + " in this import"));
    }
}
