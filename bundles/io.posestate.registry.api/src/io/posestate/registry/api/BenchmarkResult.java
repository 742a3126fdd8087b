package io.posestate.registry.api;

/**
 * Figures of one {@link RegistryBenchmark} run. Latencies are in microseconds.
 *
 * @param importMerchantsMillis time to import merchants.csv
 * @param importTerminalsMillis time to import terminals.csv (terminals plus their creation events)
 * @param importCpuMillis       CPU time of the importing thread for both files (wall time on a busy machine
 *                              overstates the cost; database server or background threads not included)
 * @param lookups               number of random lookups by serial measured, twice: the first ones right after the
 *                              load ({@code firstLookup...}: the database reads and decodes most pages on first
 *                              touch) and as many again after them ({@code lookup...}: a store in use)
 * @param pageQueries           number of random filtered pages measured
 */
public record BenchmarkResult(String location, int merchants, int terminals, long generateMillis,
        long importMerchantsMillis, long importTerminalsMillis, long importCpuMillis, int lookups, long lookupP50Micros,
        long lookupP99Micros, int pageQueries, long pageP50Micros, long pageP99Micros, long firstLookupP50Micros,
        long firstLookupP99Micros) {

    /** @return a few readable lines with the figures */
    public String describe() {
        return String.format(
                "store %s%n generate %,d merchants + %,d terminals: %,d ms%n import merchants %,d ms, terminals %,d ms,"
                        + " total %,d ms (importing thread CPU %,d ms)%n lookup by serial (%,d after the first %,d): p50 %,d us,"
                        + " p99 %,d us%n   the first %,d right after the load: p50 %,d us, p99 %,d us%n filtered page (%,d):"
                        + " p50 %,d us, p99 %,d us",
                location, merchants, terminals, generateMillis, importMerchantsMillis, importTerminalsMillis,
                importMerchantsMillis + importTerminalsMillis, importCpuMillis, lookups, lookups, lookupP50Micros,
                lookupP99Micros, lookups, firstLookupP50Micros, firstLookupP99Micros, pageQueries, pageP50Micros,
                pageP99Micros);
    }
}
