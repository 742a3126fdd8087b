package io.posestate.audit.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditReportWriter;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.exchange.Reject;

/**
 * report.html: one self-contained page (inline CSS and SVG charts, no scripts): summary by rule and severity,
 * the findings, a drill-down per terminal and per merchant, rejects and the evidence. Long lists are cut at a
 * limit with a note pointing to findings.csv / rejects.csv, which always hold everything.
 */
@Component(service = AuditReportWriter.class)
public final class HtmlReportWriter implements AuditReportWriter {

    static final int MAX_FINDINGS = 2000;
    static final int MAX_GROUPS = ReportModel.SHOWN_GROUPS;
    static final int MAX_REJECTS = 200;
    static final Map<Severity, String> COLOURS = Map.of(Severity.CRITICAL, "#c62828", Severity.WARNING, "#ef8f00",
            Severity.INFO, "#1565c0");

    @Override
    public Path write(AuditResult result, Path outDir) throws IOException {
        Path file = outDir.resolve("report.html");
        ReportModel m = ReportModel.of(result);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder(1 << 16);
            h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Estate risk audit ")
                    .append(result.request().asOf()).append("</title>\n<style>")
                    .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0}")
                    .append("td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px;text-align:left;vertical-align:top}")
                    .append("th{background:#eee}.CRITICAL{color:#c62828;font-weight:bold}.WARNING{color:#b36b00}")
                    .append(".INFO{color:#1565c0}.num{text-align:right}code{font-size:12px}details{margin:.3em 0}")
                    .append("</style></head><body>\n");
            h.append("<h1>Estate risk audit as of ").append(result.request().asOf()).append("</h1>\n<p>")
                    .append(result.findings().size()).append(" findings: ");
            for (Severity s : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
                h.append("<span class=\"").append(s).append("\">").append(m.count(s)).append(' ').append(s)
                        .append("</span> ");
            }
            h.append("— from ").append(result.transactionsAudited()).append(" valid transactions, ")
                    .append(result.rejectCount()).append(" rejected rows.</p>\n");

            summary(h, m);
            findings(h, result.findings());
            drillDown(h, "Per terminal", "serial_number", m.terminals());
            drillDown(h, "Per merchant", "merchant_no", m.merchants());
            rejects(h, result);
            evidence(h, m);
            h.append("</body></html>\n");
            w.write(h.toString());
        }
        return file;
    }

    private static void summary(StringBuilder h, ReportModel m) {
        h.append("<h2>Summary by rule and severity</h2>\n");
        int max = Math.max(1, m.maxRuleTotal());
        int rowH = 22;
        int labelW = 190;
        int barW = 420;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelW + barW + 60).append("\" height=\"")
                .append(m.rules().size() * rowH + 30).append("\" role=\"img\" aria-label=\"findings per rule\">\n");
        int y = 0;
        for (String rule : m.rules()) {
            h.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(esc(rule))
                    .append("</text>");
            int x = labelW;
            int total = 0;
            for (Severity s : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
                int n = m.count(rule, s);
                int w = (int) Math.round((double) n * barW / max);
                if (n > 0) {
                    h.append("<rect x=\"").append(x).append("\" y=\"").append(y + 3).append("\" width=\"")
                            .append(Math.max(w, 1)).append("\" height=\"16\" fill=\"").append(COLOURS.get(s))
                            .append("\"><title>").append(rule).append(' ').append(s).append(": ").append(n)
                            .append("</title></rect>");
                }
                x += w;
                total += n;
            }
            h.append("<text x=\"").append(x + 4).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                    .append(total).append("</text>\n");
            y += rowH;
        }
        int lx = labelW;
        for (Severity s : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
            h.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS.get(s)).append("\"/><text x=\"").append(lx + 16).append("\" y=\"").append(y + 21)
                    .append("\" font-size=\"12\">").append(s).append("</text>");
            lx += 100;
        }
        h.append("</svg>\n<table><tr><th>rule</th><th>CRITICAL</th><th>WARNING</th><th>INFO</th><th>total</th></tr>\n");
        for (String rule : m.rules()) {
            int c = m.count(rule, Severity.CRITICAL);
            int wn = m.count(rule, Severity.WARNING);
            int i = m.count(rule, Severity.INFO);
            h.append("<tr><td>").append(esc(rule)).append("</td><td class=\"num\">").append(c)
                    .append("</td><td class=\"num\">").append(wn).append("</td><td class=\"num\">").append(i)
                    .append("</td><td class=\"num\">").append(c + wn + i).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void findings(StringBuilder h, List<Finding> findings) {
        h.append("<h2>Findings</h2>\n");
        limitNote(h, findings.size(), MAX_FINDINGS, "findings.csv");
        h.append("<table><tr><th>rule</th><th>severity</th><th>serial_number</th><th>merchant_no</th><th>count</th>")
                .append("<th>first_time</th><th>last_time</th><th>detail</th></tr>\n");
        findings.stream().limit(MAX_FINDINGS).forEach(f -> row(h, f, true));
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, Finding f, boolean withRule) {
        h.append("<tr>");
        if (withRule) {
            h.append("<td>").append(esc(f.rule())).append("</td>");
        }
        h.append("<td class=\"").append(f.severity()).append("\">").append(f.severity()).append("</td><td>")
                .append(esc(ReportModel.nz(f.serialNumber()))).append("</td><td>")
                .append(esc(ReportModel.nz(f.merchantNo()))).append("</td><td class=\"num\">")
                .append(ReportModel.nz(f.count())).append("</td><td>").append(ReportModel.time(f.firstTime()))
                .append("</td><td>").append(ReportModel.time(f.lastTime())).append("</td><td>")
                .append(esc(ReportModel.nz(f.detail()))).append("</td></tr>\n");
    }

    private static void drillDown(StringBuilder h, String title, String key, ReportModel.Groups groups) {
        h.append("<h2>").append(title).append("</h2>\n");
        limitNote(h, groups.total(), MAX_GROUPS, "findings.csv (filter by " + key + ")");
        for (ReportModel.Group g : groups.shown().subList(0, Math.min(groups.shown().size(), MAX_GROUPS))) {
            h.append("<details><summary><b>").append(esc(g.key())).append("</b>: ").append(g.findings().size())
                    .append(" findings, <span class=\"CRITICAL\">").append(g.critical()).append(" CRITICAL</span>, ")
                    .append(g.warning()).append(" WARNING</summary>\n<table><tr><th>rule</th><th>severity</th>")
                    .append("<th>serial_number</th><th>merchant_no</th><th>count</th><th>first_time</th>")
                    .append("<th>last_time</th><th>detail</th></tr>\n");
            g.findings().forEach(f -> row(h, f, true));
            h.append("</table></details>\n");
        }
    }

    private static void rejects(StringBuilder h, AuditResult result) {
        h.append("<h2>Rejected rows</h2>\n");
        limitNote(h, (int) Math.min(Integer.MAX_VALUE, result.rejectCount()), MAX_REJECTS, "rejects.csv");
        h.append("<table><tr><th>file</th><th>line</th><th>reason</th></tr>\n");
        for (Reject r : result.rejects().subList(0, Math.min(result.rejects().size(), MAX_REJECTS))) {
            h.append("<tr><td>").append(esc(r.file())).append("</td><td class=\"num\">").append(r.line())
                    .append("</td><td>").append(esc(r.reason())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void evidence(StringBuilder h, ReportModel m) {
        h.append("<h2>Evidence</h2>\n<table>\n");
        for (String[] row : m.evidence()) {
            h.append("<tr><th>").append(esc(row[0])).append("</th><td><code>").append(esc(row[1]))
                    .append("</code></td></tr>\n");
        }
        h.append("</table>\n<h3>Input files</h3>\n<table><tr><th>file</th><th>bytes</th><th>SHA-256</th>")
                .append("<th>records</th><th>rejected</th></tr>\n");
        for (AuditResult.InputFile f : m.result.inputs()) {
            h.append("<tr><td>").append(esc(f.name())).append("</td><td class=\"num\">").append(f.bytes())
                    .append("</td><td><code>").append(f.sha256()).append("</code></td><td class=\"num\">")
                    .append(f.records()).append("</td><td class=\"num\">").append(f.rejected()).append("</td></tr>\n");
        }
        h.append("</table>\n<h3>Rules</h3>\n<table><tr><th>rule</th><th>version</th><th>bundle</th><th>checks</th></tr>\n");
        for (AuditResult.RuleInfo r : m.result.rules()) {
            h.append("<tr><td>").append(esc(r.id())).append("</td><td>").append(esc(r.version())).append("</td><td>")
                    .append(esc(r.bundle())).append("</td><td>").append(esc(r.description())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void limitNote(StringBuilder h, int total, int limit, String where) {
        if (total > limit) {
            h.append("<p><i>Showing ").append(limit).append(" of ").append(total).append("; all are in ")
                    .append(esc(where)).append(".</i></p>\n");
        }
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
