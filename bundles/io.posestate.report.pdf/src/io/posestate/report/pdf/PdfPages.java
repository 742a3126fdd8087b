package io.posestate.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A top-down cursor over pages of one size: headings, wrapped paragraphs and table rows (cells cut or wrapped to
 * their column), a footer "TITLE - page i of n" added by {@link #finish()}. Characters the font cannot show become
 * '?'; when the fonts could not show Chinese, their note is the first line of the document. Drawing code may use
 * {@link #cs} and {@link #y} directly (e.g. for charts).
 */
public final class PdfPages {
    public static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    public final PDFont regular;
    public final PDFont bold;
    public final PDFont italic;
    public final float left = 40;
    public final float right;
    public final float top;
    public final float bottom = 40;
    /** The current page's content and the baseline cursor on it. */
    public PDPageContentStream cs;
    public float y;
    private final PDDocument doc;
    private final PDRectangle size;
    private final String footer;
    private final List<PDPage> pages = new ArrayList<>();
    /** Per character: 0 until asked, 1 when the font can show it, 2 when not (asked once: PDFBox encodes to tell). */
    private final byte[] encodable = new byte[Character.MAX_VALUE + 1];
    /** Glyph widths per font by character, NaN until measured: a cell is measured again for every cut or break. */
    private final Map<PDFont, float[]> glyphWidths = new HashMap<>();

    public PdfPages(PDDocument doc, PDRectangle size, PdfFonts fonts, String footer) throws IOException {
        this.doc = doc;
        this.size = size;
        this.footer = footer;
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.italic = fonts.italic();
        this.top = size.getHeight() - 40;
        this.right = size.getWidth() - 40;
        newPage();
        if (fonts.note() != null) {
            paragraph(fonts.note(), italic, 8);
            gap(4);
        }
    }

    /** The width between the margins. */
    public float width() {
        return right - left;
    }

    public void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = top;
    }

    /** Starts a new page unless {@code height} fits above the bottom margin. */
    public void ensure(float height) throws IOException {
        if (y - height < bottom) {
            newPage();
        }
    }

    public void gap(float h) {
        y -= h;
    }

    /** One line of text (cut at the margin). */
    public void text(String s, PDFont font, float size) throws IOException {
        ensure(size + 4);
        y -= size + 3;
        textAt(cut(safe(s, font), font, size, width()), font, size, left, y);
    }

    /** Text wrapped over the width between the margins. */
    public void paragraph(String s, PDFont font, float size) throws IOException {
        for (String line : wrap(safe(s, font), font, size, width())) {
            text(line, font, size);
        }
    }

    /** Text at a position; nothing for an empty string (PDFBox shapes each shown string at a cost). */
    public void textAt(String s, PDFont font, float size, float x, float atY) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, atY);
        cs.showText(safe(s, font));
        cs.endText();
    }

    public void row(float[] widths, List<String> cells, PDFont font, float size) throws IOException {
        row(widths, cells, font, size, false);
    }

    /** One table row; cells are cut to their column (or wrapped, if {@code wrap}; a newline always breaks). */
    public void row(float[] widths, List<String> cells, PDFont font, float size, boolean wrap) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cellLines = new ArrayList<>();
            for (String part : safe(cells.get(i) == null ? "" : cells.get(i), font).split("\n", -1)) {
                if (wrap) {
                    cellLines.addAll(wrap(part, font, size, widths[i] - 4));
                } else {
                    cellLines.add(cut(part, font, size, widths[i] - 4));
                }
            }
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
        if (measure(s, font, size) <= width) {
            return s;
        }
        int n = s.length();
        while (n > 0 && measure(s.substring(0, n) + "...", font, size) > width) {
            n--;
        }
        return s.substring(0, n) + "...";
    }

    private List<String> wrap(String s, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        String rest = s;
        while (!rest.isEmpty()) {
            int n = rest.length();
            while (n > 1 && measure(rest.substring(0, n), font, size) > width) {
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

    public static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /**
     * {@link #width} from the glyph widths of the characters measured so far: the font's string width is the sum of
     * its glyphs' widths, added in the same order here, so the result is the same float.
     */
    private float measure(String s, PDFont font, float size) throws IOException {
        float[] glyphs = glyphWidths.computeIfAbsent(font, f -> {
            float[] unknown = new float[Character.MAX_VALUE + 1];
            Arrays.fill(unknown, Float.NaN);
            return unknown;
        });
        float sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return width(s, font, size); // a pair is one glyph: not kept per char
            }
            float g = glyphs[c];
            if (Float.isNaN(g)) {
                g = font.getStringWidth(String.valueOf(c));
                glyphs[c] = g;
            }
            sum += g;
        }
        return sum / 1000 * size;
    }

    /** Replaces characters the font cannot show (and control characters but the newline) with '?'. */
    private String safe(String s, PDFont font) {
        char[] replaced = null;
        for (int i = 0; i < s.length(); i++) {
            if (!shown(s.charAt(i), font)) {
                if (replaced == null) {
                    replaced = s.toCharArray();
                }
                replaced[i] = '?';
            }
        }
        return replaced == null ? s : new String(replaced);
    }

    private boolean shown(char c, PDFont font) {
        if (c == '\n') {
            return true;
        }
        if (c < 0x20) {
            return false;
        }
        if (encodable[c] == 0) {
            boolean ok;
            try {
                font.encode(String.valueOf(c));
                ok = true;
            } catch (IOException | IllegalArgumentException e) {
                ok = false;
            }
            encodable[c] = (byte) (ok ? 1 : 2);
        }
        return encodable[c] == 1;
    }

    /** Closes the last page and writes the footers. */
    public void finish() throws IOException {
        cs.close();
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream f = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                f.beginText();
                f.setFont(regular, 7);
                f.newLineAtOffset(left, 20);
                f.showText(safe(footer + " - page " + (i + 1) + " of " + n, regular));
                f.endText();
            }
        }
    }
}
