package io.posestate.audit.report.internal;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.posestate.audit.api.AuditRequest;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;

/**
 * What both reports show, computed once from an {@link AuditResult}: counts by rule and severity, the findings
 * grouped per terminal and per merchant (most critical first), and the evidence needed to reproduce the run.
 */
final class ReportModel {

    /** One terminal's or merchant's findings. */
    record Group(String key, List<Finding> findings, int critical, int warning) {
    }

    /** The first groups in report order and how many there are in all. */
    record Groups(int total, List<Group> shown) {
    }

    /** Groups kept per drill-down: the most any report shows. */
    static final int SHOWN_GROUPS = 100;

    final AuditResult result;
    /** Rule id -> counts per severity, for every rule that ran (also those without findings). */
    final Map<String, Map<Severity, Integer>> byRule = new TreeMap<>();
    final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    final Groups terminals;
    final Groups merchants;

    /** The last model built, for the writer that reports the same result next (HTML and PDF share one). */
    private static WeakReference<ReportModel> last = new WeakReference<>(null);

    /**
     * The model of {@code result}: built once for all report writers of one run (they call this concurrently;
     * the second waits for the first instead of building its own).
     */
    static synchronized ReportModel of(AuditResult result) {
        ReportModel m = last.get();
        if (m == null || m.result != result) {
            m = new ReportModel(result);
            last = new WeakReference<>(m);
        }
        return m;
    }

    private ReportModel(AuditResult result) {
        this.result = result;
        for (AuditResult.RuleInfo r : result.rules()) {
            byRule.put(r.id(), new EnumMap<>(Severity.class));
        }
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        for (Finding f : result.findings()) {
            byRule.computeIfAbsent(f.rule(), r -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
        terminals = groups(Finding::serialNumber);
        merchants = groups(Finding::merchantNo);
    }

    /**
     * The {@link #SHOWN_GROUPS} groups shown first (most critical, then most findings, then by key: keys are unique,
     * so a total order) and how many groups there are: findings are tallied per key, the leaders picked by their
     * rank, and only their findings collected (a run can have hundreds of thousands of groups).
     */
    private Groups groups(Function<Finding, String> key) {
        Map<String, int[]> tally = new HashMap<>();
        for (Finding f : result.findings()) {
            String k = key.apply(f);
            if (k != null) {
                int[] t = tally.computeIfAbsent(k, x -> new int[3]);
                t[0]++;
                t[1] += f.severity() == Severity.CRITICAL ? 1 : 0;
                t[2] += f.severity() == Severity.WARNING ? 1 : 0;
            }
        }
        Comparator<Map.Entry<String, int[]>> first = Comparator
                .comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[1])
                .thenComparingInt(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey);
        // only groups ranking (critical, then findings) at least as high as the SHOWN_GROUPS-th can be shown: the
        // full comparison then sorts those few instead of every group
        long[] ranks = new long[tally.size()];
        int n = 0;
        for (int[] t : tally.values()) {
            ranks[n++] = rank(t);
        }
        Arrays.sort(ranks);
        long least = n <= SHOWN_GROUPS ? Long.MIN_VALUE : ranks[n - SHOWN_GROUPS];
        List<Map.Entry<String, int[]>> top = new ArrayList<>();
        for (Map.Entry<String, int[]> e : tally.entrySet()) {
            if (rank(e.getValue()) >= least) {
                top.add(e);
            }
        }
        top.sort(first);
        top = top.subList(0, Math.min(SHOWN_GROUPS, top.size()));
        Map<String, List<Finding>> members = new HashMap<>();
        for (Map.Entry<String, int[]> e : top) {
            members.put(e.getKey(), new ArrayList<>(e.getValue()[0]));
        }
        for (Finding f : result.findings()) {
            String k = key.apply(f);
            List<Finding> list = k == null ? null : members.get(k);
            if (list != null) {
                list.add(f);
            }
        }
        List<Group> shown = new ArrayList<>(top.size());
        for (Map.Entry<String, int[]> e : top) {
            shown.add(new Group(e.getKey(), members.get(e.getKey()), e.getValue()[1], e.getValue()[2]));
        }
        return new Groups(tally.size(), shown);
    }

    /** Critical findings, then all findings of a group's tally, as one number ordered as they are. */
    private static long rank(int[] tally) {
        return (long) tally[1] << 32 | tally[0];
    }

    int count(String rule, Severity s) {
        return byRule.getOrDefault(rule, Map.of()).getOrDefault(s, 0);
    }

    int maxRuleTotal() {
        return byRule.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max()
                .orElse(0);
    }

    /** The command line that reproduces this run. */
    String commandLine() {
        AuditRequest r = result.request();
        StringBuilder sb = new StringBuilder("posestate --user ").append(quote(r.actor())).append(" audit --data ")
                .append(quote(r.dataDir().toAbsolutePath().toString())).append(" --as-of ").append(r.asOf())
                .append(" --out ").append(quote(r.outDir().toAbsolutePath().toString()));
        if (r.policySource() != null && !r.policySource().equals("formats.md defaults") && !r.policySource().equals("test")) {
            sb.append(" --policy ").append(quote(r.policySource()));
        }
        if (r.storeLocation() != null) {
            sb.append(" --store ").append(quote(r.storeLocation()));
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:=@+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** Evidence rows (label, value) in the order shown. */
    List<String[]> evidence() {
        AuditRequest r = result.request();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "Audit date (--as-of)", r.asOf().toString() });
        rows.add(new String[] { "Run by", r.actor() });
        rows.add(new String[] { "Started", result.startedAt().toString() });
        rows.add(new String[] { "Finished", result.finishedAt().toString() + " ("
                + Duration.between(result.startedAt(), result.finishedAt()).toMillis() + " ms)" });
        rows.add(new String[] { "Product", result.productVersion() });
        rows.add(new String[] { "Data folder", r.dataDir().toAbsolutePath().toString() });
        rows.add(new String[] { "Registry from", result.registrySource() });
        rows.add(new String[] { "Policy source", r.policySource() == null ? "formats.md defaults" : r.policySource() });
        rows.add(new String[] { "Policy in force", r.policy().toString() });
        rows.add(new String[] { "Transactions", result.transactionsRead() + " read, " + result.transactionsAudited()
                + " audited (valid)" });
        rows.add(new String[] { "Rejects", result.rejectCount() + " (rejects.csv)" });
        rows.add(new String[] { "Reproduce with", commandLine() });
        return rows;
    }

    static String time(java.time.OffsetDateTime t) {
        return t == null ? "" : io.posestate.exchange.internal.Values.formatDateTime(t);
    }

    static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}
