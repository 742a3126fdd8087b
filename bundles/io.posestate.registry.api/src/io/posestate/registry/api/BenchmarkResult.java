package io.posestate.registry.api;

/**
 * Figures of one {@link RegistryBenchmark} run. Latencies are in microseconds.
 *
 * @param importMerchantsMillis time to import merchants.csv
 * @param importTerminalsMillis time to import terminals.csv (terminals plus their creation events)
 * @param lookups               number of random lookups by serial measured
 * @param pageQueries           number of random filtered pages measured
 */
public record BenchmarkResult(String location, int merchants, int terminals, long generateMillis,
        long importMerchantsMillis, long importTerminalsMillis, int lookups, long lookupP50Micros,
        long lookupP99Micros, int pageQueries, long pageP50Micros, long pageP99Micros) {

    /** @return a few readable lines with the figures */
    public String describe() {
        return String.format(
                "store %s%n generate %,d merchants + %,d terminals: %,d ms%n import merchants %,d ms, terminals %,d ms,"
                        + " total %,d ms%n lookup by serial (%,d): p50 %,d us, p99 %,d us%n filtered page (%,d):"
                        + " p50 %,d us, p99 %,d us",
                location, merchants, terminals, generateMillis, importMerchantsMillis, importTerminalsMillis,
                importMerchantsMillis + importTerminalsMillis, lookups, lookupP50Micros, lookupP99Micros,
                pageQueries, pageP50Micros, pageP99Micros);
    }
}
