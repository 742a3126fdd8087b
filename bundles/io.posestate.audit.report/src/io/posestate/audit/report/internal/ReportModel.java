package io.posestate.audit.report.internal;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.posestate.audit.api.AuditRequest;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;

/**
 * What both reports show, computed once from an {@link AuditResult}: counts by rule and severity, the findings
 * grouped per terminal and per merchant (most critical first), and the evidence needed to reproduce the run. One
 * pass over the findings counts them and tallies both drill-downs: one loop for the JIT to compile, where a pass per
 * drill-down with its key as a function was compiled for the first key and deoptimized and compiled again for the
 * second.
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
    /** Rule id -> findings per severity (by ordinal), for every rule that ran (also those without findings). */
    private final Map<String, int[]> byRule = new TreeMap<>();
    private final int[] bySeverity = new int[Severity.values().length];
    private final Groups terminals;
    private final Groups merchants;

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
            byRule.put(r.id(), new int[Severity.values().length]);
        }
        List<Finding> findings = result.findings();
        KeyTally perTerminal = new KeyTally(findings.size());
        KeyTally perMerchant = new KeyTally(findings.size());
        String rule = null;
        int[] ofRule = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!f.rule().equals(rule)) { // findings come sorted by rule: looked up once per rule
                rule = f.rule();
                ofRule = byRule.computeIfAbsent(rule, r -> new int[Severity.values().length]);
            }
            Severity severity = f.severity();
            ofRule[severity.ordinal()]++;
            bySeverity[severity.ordinal()]++;
            perTerminal.add(f.serialNumber(), severity, i);
            perMerchant.add(f.merchantNo(), severity, i);
        }
        terminals = new Groups(perTerminal.size(), perTerminal.leaders(SHOWN_GROUPS, findings));
        merchants = new Groups(perMerchant.size(), perMerchant.leaders(SHOWN_GROUPS, findings));
    }

    /** The drill-down per terminal (serial_number). */
    Groups terminals() {
        return terminals;
    }

    /** The drill-down per merchant (merchant_no). */
    Groups merchants() {
        return merchants;
    }

    /** The rules that ran or reported findings, by id. */
    Set<String> rules() {
        return byRule.keySet();
    }

    int count(Severity s) {
        return bySeverity[s.ordinal()];
    }

    int count(String rule, Severity s) {
        int[] counts = byRule.get(rule);
        return counts == null ? 0 : counts[s.ordinal()];
    }

    int maxRuleTotal() {
        int max = 0;
        for (int[] counts : byRule.values()) {
            max = Math.max(max, Arrays.stream(counts).sum());
        }
        return max;
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
