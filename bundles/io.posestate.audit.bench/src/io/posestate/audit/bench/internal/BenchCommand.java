package io.posestate.audit.bench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRequest;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.AuditService;
import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;

/**
 * {@code posestate bench audit}: generates a deterministic estate (default 1M terminals, 10M transactions),
 * audits it, runs the same nine rules as DuckDB SQL (duckdb/DuckDbAudit.java in this bundle, started as a
 * separate java process with the DuckDB JDBC jar from Maven Central), checks that both give the same findings
 * (every column but the free-text detail) and prints both times and their ratio. Exit 1 when they differ.
 */
@Component(service = Command.class)
public final class BenchCommand implements Command {

    static final String DUCKDB_VERSION = "1.5.0.0";

    private AuditService audit;

    @Reference
    public void setAudit(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "bench audit";
    }

    @Override
    public String usage() {
        return "bench audit [--terminals N] [--transactions N] [--dir DIR] [--reuse] [--duckdb-jar JAR]";
    }

    @Override
    public String summary() {
        return "generate an estate, audit it, run the same rules in DuckDB, compare findings and times";
    }

    @Override
    public int run(List<String> words, CliContext context) throws Exception {
        Args args = Args.parse(words, Set.of("terminals", "transactions", "dir", "duckdb-jar"), Set.of("reuse"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        int terminals = args.integer("terminals", 1_000_000, 10, 50_000_000);
        long transactions = args.longValue("transactions", 10_000_000L);
        if (transactions < 1) {
            throw new UsageException("--transactions must be at least 1");
        }
        Path dir = Path.of(args.get("dir", "bench-audit")).toAbsolutePath();
        Path duckJar = duckDbJar(args.get("duckdb-jar"));
        PrintStream out = context.out();

        if (!(args.flag("reuse") && Files.exists(dir.resolve("transactions.csv")))) {
            long g = System.nanoTime();
            new EstateGenerator(terminals, transactions).write(dir);
            out.printf("generated %,d terminals and %,d transactions in %s (%d ms)%n", terminals, transactions, dir,
                    ms(g));
        }

        long a = System.nanoTime();
        long cpu = cpuMillis();
        AuditResult result = audit.run(new AuditRequest(dir, EstateGenerator.AS_OF, dir.resolve("out-posestate"),
                AuditPolicy.defaults(), "formats.md defaults", null, context.actor()));
        long ourMs = ms(a);
        long ourCpu = cpuMillis() - cpu;
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        out.printf("posestate audit: %,d transactions, %,d findings in %,d ms = %,.0f transactions/s; CPU %,d ms"
                + " (max heap %,d MB)%n", result.transactionsAudited(), result.findings().size(), ourMs,
                result.transactionsAudited() * 1000.0 / Math.max(1, ourMs), ourCpu, heap);

        if (!Files.isRegularFile(duckJar)) {
            context.err().println("DuckDB JDBC jar not found at " + duckJar + "; fetch it with: ./mvnw dependency:get"
                    + " -Dartifact=org.duckdb:duckdb_jdbc:" + DUCKDB_VERSION + " (or pass --duckdb-jar)");
            return 1;
        }
        Path duckOut = dir.resolve("out-duckdb/findings.csv");
        Files.createDirectories(duckOut.getParent());
        long[] duck = runDuckDb(dir, duckJar, duckOut);
        out.printf("duckdb %s: %,d ms = %,.0f transactions/s; CPU %,d ms (its own timing: load + rules + write)%n",
                DUCKDB_VERSION, duck[0], result.transactionsAudited() * 1000.0 / Math.max(1, duck[0]), duck[1]);
        out.printf("ratio posestate/duckdb: time %.2f, CPU %.2f%n", (double) ourMs / duck[0],
                (double) ourCpu / Math.max(1, duck[1]));

        List<String> ours = heads(dir.resolve("out-posestate/findings.csv"));
        List<String> theirs = Files.readAllLines(duckOut, StandardCharsets.UTF_8);
        theirs = theirs.subList(1, theirs.size());
        if (ours.equals(theirs)) {
            out.printf("same findings: %,d lines identical (rule..last_time) %s%n", ours.size(), perRule(ours));
            return 0;
        }
        context.err().printf("findings differ: posestate %,d %s, duckdb %,d %s%n", ours.size(), perRule(ours),
                theirs.size(), perRule(theirs));
        int shown = 0;
        for (int i = 0; i < Math.max(ours.size(), theirs.size()) && shown < 10; i++) {
            String o = i < ours.size() ? ours.get(i) : "(none)";
            String t = i < theirs.size() ? theirs.get(i) : "(none)";
            if (!o.equals(t)) {
                context.err().println("  line " + (i + 2) + ": posestate " + o + " | duckdb " + t);
                shown++;
            }
        }
        return 1;
    }

    /** @return DuckDB's wall and CPU milliseconds */
    private long[] runDuckDb(Path dir, Path jar, Path outCsv) throws IOException, InterruptedException {
        Path source = dir.resolve("DuckDbAudit.java");
        URL entry = FrameworkUtil.getBundle(getClass()).getEntry("duckdb/DuckDbAudit.java");
        try (InputStream in = entry.openStream()) {
            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", jar.toString(), source.toString(), dir.toString(),
                EstateGenerator.AS_OF.toString(), outCsv.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("DuckDB run failed: " + output.strip());
        }
        long[] times = { -1, -1 };
        for (String line : output.split("\n")) {
            if (line.startsWith("duckdb_ms=")) {
                times[0] = Long.parseLong(line.substring("duckdb_ms=".length()).strip());
            } else if (line.startsWith("duckdb_cpu_ms=")) {
                times[1] = Long.parseLong(line.substring("duckdb_cpu_ms=".length()).strip());
            }
        }
        if (times[0] < 0) {
            throw new IOException("DuckDB run printed no timing: " + output.strip());
        }
        return times;
    }

    private static Path duckDbJar(String given) {
        if (given != null) {
            return Path.of(given);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "duckdb", "duckdb_jdbc",
                DUCKDB_VERSION, "duckdb_jdbc-" + DUCKDB_VERSION + ".jar");
    }

    /** findings.csv lines without the header and the detail column (the first seven columns hold no commas). */
    static List<String> heads(Path findingsCsv) throws IOException {
        List<String> lines = Files.readAllLines(findingsCsv, StandardCharsets.UTF_8);
        List<String> heads = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            int comma = -1;
            for (int i = 0; i < 7; i++) {
                comma = line.indexOf(',', comma + 1);
            }
            heads.add(line.substring(0, comma));
        }
        return heads;
    }

    private static Map<String, Integer> perRule(List<String> lines) {
        Map<String, Integer> m = new TreeMap<>();
        for (String l : lines) {
            m.merge(l.substring(0, l.indexOf(',')), 1, Integer::sum);
        }
        return m;
    }

    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
