package io.posestate.audit.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditReportWriter;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.exchange.Reject;
import io.posestate.report.pdf.PdfFonts;
import io.posestate.report.pdf.PdfPages;

/**
 * report.pdf (Apache PDFBox, A4 landscape): the same sections as report.html with a bar chart drawn as vector
 * shapes. Chinese text (e.g. merchant names) is shown with an installed CJK font (io.posestate.report.pdf); without
 * one, characters outside Latin-1 are shown as '?' and the report says so. Long lists are cut at a limit with a note.
 */
@Component(service = AuditReportWriter.class)
public final class PdfReportWriter implements AuditReportWriter {

    static final int MAX_FINDINGS = 300;
    static final int MAX_GROUPS = 20;
    static final int MAX_REJECTS = 50;
    private static final Map<Severity, Color> COLOURS = Map.of(Severity.CRITICAL, new Color(0xc6, 0x28, 0x28),
            Severity.WARNING, new Color(0xef, 0x8f, 0x00), Severity.INFO, new Color(0x15, 0x65, 0xc0));
    private static final float[] FINDING_COLUMNS = { 105, 52, 78, 82, 34, 118, 118, 175 };

    @Override
    public Path write(AuditResult result, Path outDir) throws IOException {
        Path file = outDir.resolve("report.pdf");
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = PdfFonts.load(doc)) {
            // fonts first: meanwhile the HTML writer builds the model (the grouping of the findings both show)
            ReportModel m = ReportModel.of(result);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Estate risk audit as of " + result.request().asOf());
            info.setAuthor(result.request().actor());
            info.setCreator(result.productVersion());
            PdfPages l = new PdfPages(doc, PdfPages.A4_LANDSCAPE, fonts, "Estate risk audit");
            l.text("Estate risk audit as of " + result.request().asOf(), l.bold, 18);
            l.gap(4);
            l.text(result.findings().size() + " findings: " + m.count(Severity.CRITICAL) + " CRITICAL, "
                    + m.count(Severity.WARNING) + " WARNING, " + m.count(Severity.INFO) + " INFO - from "
                    + result.transactionsAudited() + " valid transactions, " + result.rejectCount() + " rejected rows.",
                    l.regular, 10);
            l.gap(10);
            l.text("Summary by rule and severity", l.bold, 13);
            chart(l, m);
            l.gap(8);
            l.text("Findings", l.bold, 13);
            note(l, result.findings().size(), MAX_FINDINGS, "findings.csv");
            findingTable(l, result.findings().subList(0, Math.min(MAX_FINDINGS, result.findings().size())));
            drillDown(l, "Per terminal", m.terminals());
            drillDown(l, "Per merchant", m.merchants());
            l.gap(8);
            l.text("Rejected rows", l.bold, 13);
            note(l, (int) Math.min(Integer.MAX_VALUE, result.rejectCount()), MAX_REJECTS, "rejects.csv");
            float[] rc = { 110, 40, 612 };
            l.row(rc, List.of("file", "line", "reason"), l.bold, 7);
            for (Reject r : result.rejects().subList(0, Math.min(MAX_REJECTS, result.rejects().size()))) {
                l.row(rc, List.of(r.file(), Long.toString(r.line()), r.reason()), l.regular, 7);
            }
            evidence(l, m);
            l.finish();
            doc.save(file.toFile());
        }
        return file;
    }

    private static void chart(PdfPages l, ReportModel m) throws IOException {
        float labelW = 140;
        float barW = 420;
        float rowH = 14;
        int max = Math.max(1, m.maxRuleTotal());
        l.ensure(m.rules().size() * rowH + 30);
        for (String rule : m.rules()) {
            float y = l.y - rowH;
            l.textAt(rule, l.regular, 8, l.left, y + 3);
            float x = l.left + labelW;
            int total = 0;
            for (Severity s : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
                int n = m.count(rule, s);
                float w = (float) n * barW / max;
                if (n > 0) {
                    l.cs.setNonStrokingColor(COLOURS.get(s));
                    l.cs.addRect(x, y + 1, Math.max(w, 0.8f), rowH - 4);
                    l.cs.fill();
                    l.cs.setNonStrokingColor(Color.BLACK);
                }
                x += w;
                total += n;
            }
            l.textAt(Integer.toString(total) + "  (" + m.count(rule, Severity.CRITICAL) + " C / "
                    + m.count(rule, Severity.WARNING) + " W / " + m.count(rule, Severity.INFO) + " I)", l.regular, 8,
                    x + 4, y + 3);
            l.y = y;
        }
        float x = l.left + labelW;
        l.y -= rowH;
        for (Severity s : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
            l.cs.setNonStrokingColor(COLOURS.get(s));
            l.cs.addRect(x, l.y + 1, 9, 9);
            l.cs.fill();
            l.cs.setNonStrokingColor(Color.BLACK);
            l.textAt(s.name(), l.regular, 8, x + 12, l.y + 2);
            x += 80;
        }
        l.gap(4);
    }

    private static void findingTable(PdfPages l, List<Finding> findings) throws IOException {
        l.row(FINDING_COLUMNS, List.of("rule", "severity", "serial_number", "merchant_no", "count", "first_time",
                "last_time", "detail"), l.bold, 7);
        for (Finding f : findings) {
            l.row(FINDING_COLUMNS, List.of(f.rule(), f.severity().name(), ReportModel.nz(f.serialNumber()),
                    ReportModel.nz(f.merchantNo()), ReportModel.nz(f.count()), ReportModel.time(f.firstTime()),
                    ReportModel.time(f.lastTime()), ReportModel.nz(f.detail())), l.regular, 7, true);
        }
    }

    private static void drillDown(PdfPages l, String title, ReportModel.Groups groups) throws IOException {
        l.gap(8);
        l.text(title, l.bold, 13);
        note(l, groups.total(), MAX_GROUPS, "findings.csv");
        for (ReportModel.Group g : groups.shown().subList(0, Math.min(MAX_GROUPS, groups.shown().size()))) {
            l.gap(3);
            l.text(g.key() + ": " + g.findings().size() + " findings, " + g.critical() + " CRITICAL, " + g.warning()
                    + " WARNING", l.bold, 9);
            findingTable(l, g.findings());
        }
    }

    private static void evidence(PdfPages l, ReportModel m) throws IOException {
        l.gap(8);
        l.text("Evidence", l.bold, 13);
        float[] cols = { 110, 652 };
        for (String[] row : m.evidence()) {
            l.row(cols, List.of(row[0], row[1]), l.regular, 7, true);
        }
        l.gap(4);
        l.text("Input files", l.bold, 10);
        float[] fc = { 120, 70, 330, 70, 70 };
        l.row(fc, List.of("file", "bytes", "SHA-256", "records", "rejected"), l.bold, 7);
        for (AuditResult.InputFile f : m.result.inputs()) {
            l.row(fc, List.of(f.name(), Long.toString(f.bytes()), f.sha256(), Long.toString(f.records()),
                    Long.toString(f.rejected())), l.regular, 7);
        }
        l.gap(4);
        l.text("Rules", l.bold, 10);
        float[] rc = { 120, 50, 180, 412 };
        l.row(rc, List.of("rule", "version", "bundle", "checks"), l.bold, 7);
        for (AuditResult.RuleInfo r : m.result.rules()) {
            l.row(rc, List.of(r.id(), r.version(), r.bundle(), r.description()), l.regular, 7);
        }
    }

    private static void note(PdfPages l, int total, int limit, String where) throws IOException {
        if (total > limit) {
            l.text("Showing " + limit + " of " + total + "; all are in " + where + ".", l.italic, 8);
        }
    }
}
