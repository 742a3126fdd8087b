package io.posestate.registry.api;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/** Bulk import and query benchmark (for the CLI); registered as an OSGi service. */
@ProviderType
public interface RegistryBenchmark {
    /**
     * Generates {@code merchants} merchants and {@code terminals} terminals deterministically as CSV in
     * {@code workDir}, imports them into the (empty) store at {@code location}, then measures random lookups
     * by serial and random filtered pages.
     */
    BenchmarkResult run(String location, int merchants, int terminals, Path workDir, int lookups, int pageQueries)
            throws IOException;
}
