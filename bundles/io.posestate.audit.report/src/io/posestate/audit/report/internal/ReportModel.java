package io.posestate.audit.report.internal;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
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

    final AuditResult result;
    /** Rule id -> counts per severity, for every rule that ran (also those without findings). */
    final Map<String, Map<Severity, Integer>> byRule = new TreeMap<>();
    final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    final List<Group> terminals;
    final List<Group> merchants;

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

    private List<Group> groups(Function<Finding, String> key) {
        Map<String, List<Finding>> map = new HashMap<>();
        for (Finding f : result.findings()) {
            String k = key.apply(f);
            if (k != null) {
                map.computeIfAbsent(k, x -> new ArrayList<>(2)).add(f);
            }
        }
        List<Group> groups = new ArrayList<>(map.size());
        map.forEach((k, list) -> {
            int critical = 0;
            int warning = 0;
            for (Finding f : list) {
                if (f.severity() == Severity.CRITICAL) {
                    critical++;
                } else if (f.severity() == Severity.WARNING) {
                    warning++;
                }
            }
            groups.add(new Group(k, list, critical, warning));
        });
        // most critical first, then most findings, then by key (keys are unique: a total order)
        groups.sort((a, b) -> {
            int c = Integer.compare(b.critical(), a.critical());
            if (c == 0) {
                c = Integer.compare(b.findings().size(), a.findings().size());
            }
            return c != 0 ? c : a.key().compareTo(b.key());
        });
        return groups;
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
