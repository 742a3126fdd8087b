package io.posestate.registry.internal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.osgi.service.component.annotations.Component;

import io.posestate.model.TerminalState;
import io.posestate.registry.api.BenchmarkResult;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryBenchmark;
import io.posestate.registry.api.TerminalQuery;
import io.posestate.registry.internal.JdbcRegistryFactory;

/**
 * Bulk import and query benchmark: generates a deterministic estate ({@link EstateGenerator}), imports it,
 * then times random lookups by serial (the first ones after the load, then as many again) and random filtered
 * pages of 50 (after a short warm-up).
 */
@Component(service = RegistryBenchmark.class)
public final class ImportBenchmark implements RegistryBenchmark {
    private static final int WARM_UP = 200;

    @Override
    public BenchmarkResult run(String location, int merchants, int terminals, Path workDir, int lookups,
            int pageQueries) throws IOException {
        Files.createDirectories(workDir);
        long t0 = System.nanoTime();
        EstateGenerator.write(workDir, merchants, terminals);
        long generated = System.nanoTime();
        try (EstateRegistry registry = new JdbcRegistryFactory().open(location)) {
            if (!registry.terminals(TerminalQuery.all().withPage(0, 1)).items().isEmpty()) {
                throw new IllegalArgumentException("The benchmark needs an empty store, but " + registry.location()
                        + " already holds terminals");
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            registry.importFile(workDir.resolve("merchants.csv"), "benchmark");
            long t2 = System.nanoTime();
            registry.importFile(workDir.resolve("terminals.csv"), "benchmark");
            long t3 = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            SplittableRandom random = new SplittableRandom(7);
            Probe lookup = r -> registry.terminal(EstateGenerator.serial(r.nextInt(terminals)))
                    .orElseThrow(() -> new IllegalStateException("generated terminal missing"));
            long[] first = measure(lookups, random, lookup, 0);
            long[] inUse = measure(lookups, random, lookup, 0);
            long[] page = measure(pageQueries, random, r -> registry.terminals(randomQuery(r, merchants)), WARM_UP);
            return new BenchmarkResult(registry.location(), merchants, terminals, millis(generated - t0),
                    millis(t2 - t1), millis(t3 - t2), millis(cpu), lookups, percentile(inUse, 50),
                    percentile(inUse, 99), pageQueries, percentile(page, 50), percentile(page, 99),
                    percentile(first, 50), percentile(first, 99));
        }
    }

    /** A random filter as an analyst would set it: state, vendor/model, region, merchant, or two of them. */
    static TerminalQuery randomQuery(SplittableRandom r, int merchants) {
        String[] vm = EstateGenerator.VENDOR_MODELS[r.nextInt(EstateGenerator.VENDOR_MODELS.length)];
        String region = EstateGenerator.REGIONS[r.nextInt(EstateGenerator.REGIONS.length)];
        TerminalState state = TerminalState.values()[r.nextInt(TerminalState.values().length)];
        TerminalQuery q = TerminalQuery.all().withPage(50 * r.nextInt(5), 50);
        return switch (r.nextInt(6)) {
            case 0 -> q.withState(state);
            case 1 -> q.withVendor(vm[0]);
            case 2 -> q.withVendor(vm[0]).withModel(vm[1]);
            case 3 -> q.withRegion(region);
            case 4 -> q.withState(TerminalState.ACTIVE).withRegion(region);
            default -> q.withMerchantNo(EstateGenerator.merchantNo(r.nextInt(Math.max(1, merchants))));
        };
    }

    @FunctionalInterface
    private interface Probe {
        void run(SplittableRandom random);
    }

    /** @return sorted latencies in microseconds of {@code n} probes after {@code warmUp} untimed ones */
    private static long[] measure(int n, SplittableRandom random, Probe probe, int warmUp) {
        for (int i = 0; i < Math.min(warmUp, n); i++) {
            probe.run(random);
        }
        long[] micros = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            probe.run(random);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        return micros;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
