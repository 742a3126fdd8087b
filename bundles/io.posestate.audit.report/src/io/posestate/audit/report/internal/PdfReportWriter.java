package io.posestate.audit.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditReportWriter;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.exchange.Reject;

/**
 * report.pdf (Apache PDFBox, A4 landscape): the same sections as report.html with a bar chart drawn as vector
 * shapes. Uses the standard Helvetica fonts, so characters outside WinAnsi (e.g. Chinese) are shown as '?'; the
 * CSV and HTML outputs keep them. Long lists are cut at a limit with a note.
 */
@Component(service = AuditReportWriter.class)
public final class PdfReportWriter implements AuditReportWriter {

    static final int MAX_FINDINGS = 300;
    static final int MAX_GROUPS = 20;
    static final int MAX_REJECTS = 50;
    private static final Map<Severity, Color> COLOURS = Map.of(Severity.CRITICAL, new Color(0xc6, 0x28, 0x28),
            Severity.WARNING, new Color(0xef, 0x8f, 0x00), Severity.INFO, new Color(0x15, 0x65, 0xc0));
    /** PDFBox warns on stderr for every standard font it substitutes; the substitution is expected here. */
    private static final java.util.logging.Logger FONT_LOG = java.util.logging.Logger
            .getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        FONT_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private static final float[] FINDING_COLUMNS = { 105, 52, 78, 82, 34, 118, 118, 175 };

    @Override
    public Path write(AuditResult result, Path outDir) throws IOException {
        Path file = outDir.resolve("report.pdf");
        ReportModel m = new ReportModel(result);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Estate risk audit as of " + result.request().asOf());
            info.setAuthor(result.request().actor());
            info.setCreator(result.productVersion());
            Layout l = new Layout(doc);
            l.text("Estate risk audit as of " + result.request().asOf(), l.bold, 18);
            l.gap(4);
            l.text(result.findings().size() + " findings: " + m.bySeverity.get(Severity.CRITICAL) + " CRITICAL, "
                    + m.bySeverity.get(Severity.WARNING) + " WARNING, " + m.bySeverity.get(Severity.INFO) + " INFO - from "
                    + result.transactionsAudited() + " valid transactions, " + result.rejectCount() + " rejected rows.",
                    l.regular, 10);
            l.gap(10);
            l.text("Summary by rule and severity", l.bold, 13);
            chart(l, m);
            l.gap(8);
            l.text("Findings", l.bold, 13);
            note(l, result.findings().size(), MAX_FINDINGS, "findings.csv");
            findingTable(l, result.findings().subList(0, Math.min(MAX_FINDINGS, result.findings().size())));
            drillDown(l, "Per terminal", m.terminals);
            drillDown(l, "Per merchant", m.merchants);
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

    private static void chart(Layout l, ReportModel m) throws IOException {
        float labelW = 140;
        float barW = 420;
        float rowH = 14;
        int max = Math.max(1, m.maxRuleTotal());
        l.ensure(m.byRule.size() * rowH + 30);
        for (String rule : m.byRule.keySet()) {
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

    private static void findingTable(Layout l, List<Finding> findings) throws IOException {
        l.row(FINDING_COLUMNS, List.of("rule", "severity", "serial_number", "merchant_no", "count", "first_time",
                "last_time", "detail"), l.bold, 7);
        for (Finding f : findings) {
            l.row(FINDING_COLUMNS, List.of(f.rule(), f.severity().name(), ReportModel.nz(f.serialNumber()),
                    ReportModel.nz(f.merchantNo()), ReportModel.nz(f.count()), ReportModel.time(f.firstTime()),
                    ReportModel.time(f.lastTime()), ReportModel.nz(f.detail())), l.regular, 7, true);
        }
    }

    private static void drillDown(Layout l, String title, List<ReportModel.Group> groups) throws IOException {
        l.gap(8);
        l.text(title, l.bold, 13);
        note(l, groups.size(), MAX_GROUPS, "findings.csv");
        for (ReportModel.Group g : groups.subList(0, Math.min(MAX_GROUPS, groups.size()))) {
            l.gap(3);
            l.text(g.key() + ": " + g.findings().size() + " findings, " + g.critical() + " CRITICAL, " + g.warning()
                    + " WARNING", l.bold, 9);
            findingTable(l, g.findings());
        }
    }

    private static void evidence(Layout l, ReportModel m) throws IOException {
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

    private static void note(Layout l, int total, int limit, String where) throws IOException {
        if (total > limit) {
            l.text("Showing " + limit + " of " + total + "; all are in " + where + ".", l.italic, 8);
        }
    }

    /** A top-down page cursor over A4 landscape pages with a footer added at the end. */
    private static final class Layout {
        final PDDocument doc;
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        final float left = 40;
        final float top;
        final float bottom = 40;
        final List<PDPage> pages = new ArrayList<>();
        private final Map<Character, Boolean> encodable = new HashMap<>();
        PDPageContentStream cs;
        float y;

        Layout(PDDocument doc) throws IOException {
            this.doc = doc;
            top = PDRectangle.A4.getWidth() - 40;
            newPage();
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = top;
        }

        void ensure(float height) throws IOException {
            if (y - height < bottom) {
                newPage();
            }
        }

        void gap(float h) {
            y -= h;
        }

        void text(String s, PDFont font, float size) throws IOException {
            ensure(size + 4);
            y -= size + 3;
            textAt(s, font, size, left, y);
        }

        void textAt(String s, PDFont font, float size, float x, float atY) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, atY);
            cs.showText(safe(s, font));
            cs.endText();
        }

        void row(float[] widths, List<String> cells, PDFont font, float size) throws IOException {
            row(widths, cells, font, size, false);
        }

        /** One table row; cells are cut to their column (or wrapped, if {@code wrap}). */
        void row(float[] widths, List<String> cells, PDFont font, float size, boolean wrap) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.size(); i++) {
                String cell = safe(cells.get(i), font);
                List<String> cellLines = wrap ? wrap(cell, font, size, widths[i] - 4) : List.of(cut(cell, font, size,
                        widths[i] - 4));
                lines.add(cellLines);
                height = Math.max(height, cellLines.size());
            }
            float lineH = size + 2.5f;
            ensure(height * lineH + 2);
            float x = left;
            for (int i = 0; i < cells.size(); i++) {
                for (int k = 0; k < lines.get(i).size(); k++) {
                    textAt(lines.get(i).get(k), font, size, x, y - lineH * (k + 1) + 2);
                }
                x += widths[i];
            }
            y -= height * lineH + 1;
            cs.setStrokingColor(new Color(0xdd, 0xdd, 0xdd));
            cs.moveTo(left, y + 1);
            cs.lineTo(x, y + 1);
            cs.stroke();
            cs.setStrokingColor(Color.BLACK);
        }

        private String cut(String s, PDFont font, float size, float width) throws IOException {
            if (width(s, font, size) <= width) {
                return s;
            }
            int n = s.length();
            while (n > 0 && width(s.substring(0, n) + "...", font, size) > width) {
                n--;
            }
            return s.substring(0, n) + "...";
        }

        private List<String> wrap(String s, PDFont font, float size, float width) throws IOException {
            List<String> out = new ArrayList<>();
            String rest = s;
            while (!rest.isEmpty()) {
                int n = rest.length();
                while (n > 1 && width(rest.substring(0, n), font, size) > width) {
                    n--;
                }
                int space = rest.lastIndexOf(' ', n);
                if (n < rest.length() && space > 0) {
                    n = space + 1; // break after a space when one is within the line
                }
                out.add(rest.substring(0, n).stripTrailing());
                rest = rest.substring(n);
            }
            return out.isEmpty() ? List.of("") : out;
        }

        private static float width(String s, PDFont font, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        /** Replaces characters the standard font cannot show (and control characters) with '?'. */
        private String safe(String s, PDFont font) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean ok = c >= 0x20 && encodable.computeIfAbsent(c, ch -> {
                    try {
                        font.encode(String.valueOf(ch));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
                sb.append(ok ? c : '?');
            }
            return sb.toString();
        }

        void finish() throws IOException {
            cs.close();
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    footer.beginText();
                    footer.setFont(regular, 7);
                    footer.newLineAtOffset(left, 20);
                    footer.showText("Estate risk audit - page " + (i + 1) + " of " + n);
                    footer.endText();
                }
            }
        }
    }
}
