package io.posestate.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of a report: a TrueType font with Chinese glyphs (embedded as a subset) when one is installed, else the
 * standard Helvetica fonts, which show only Latin-1 (other characters become '?') and a {@link #note()} saying so.
 * Looked for: system property {@value #PROPERTY}, env {@value #ENV}, then WenQuanYi Micro Hei / Zen Hei (Debian
 * fonts-wqy-microhei, fonts-wqy-zenhei) and Droid Sans Fallback. Close it after the document is saved (the font
 * file is read when the subset is embedded).
 */
public final class PdfFonts implements AutoCloseable {
    /** A .ttf or .ttc file to use (the first font of a collection), or {@code none} for Helvetica only. */
    public static final String PROPERTY = "posestate.pdf.font";
    public static final String ENV = "POSESTATE_PDF_FONT";
    static final List<String> KNOWN = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    private static final java.util.logging.Logger FONT_LOG = java.util.logging.Logger
            .getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        // PDFBox warns on stderr for every standard font it substitutes; expected in the fallback
        FONT_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private final String source;
    private final String note;
    private final AutoCloseable file;

    private PdfFonts(PDFont regular, PDFont bold, PDFont italic, String source, String note, AutoCloseable file) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.source = source;
        this.note = note;
        this.file = file;
    }

    /** The fonts for a new document: the first CJK font found, else Helvetica with a note. */
    public static PdfFonts load(PDDocument doc) {
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates()) {
            Path path = Path.of(candidate);
            if (!Files.isReadable(path)) {
                tried.add(candidate);
                continue;
            }
            try {
                return cjk(doc, path);
            } catch (IOException | RuntimeException e) {
                tried.add(candidate + " (" + e.getMessage() + ")");
            }
        }
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE), "Helvetica",
                "Note: no font with Chinese characters was found (install the Debian package fonts-wqy-microhei, or"
                        + " name a TrueType font in -D" + PROPERTY + "); characters outside Latin-1 are shown as '?'."
                        + (tried.isEmpty() ? " (" + PROPERTY + "=none)" : " Looked for: " + String.join(", ", tried)),
                null);
    }

    private static List<String> candidates() {
        List<String> c = new ArrayList<>();
        String explicit = System.getProperty(PROPERTY, System.getenv(ENV));
        if (explicit != null && explicit.strip().equals("none")) {
            return c;
        }
        if (explicit != null && !explicit.isBlank()) {
            c.add(explicit.strip());
        }
        c.addAll(KNOWN);
        return c;
    }

    private static PdfFonts cjk(PDDocument doc, Path path) throws IOException {
        if (path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            try {
                // the first font by its name from the headers: parsing every font of the collection fully costs
                // twice or more
                String[] firstName = new String[1];
                TrueTypeCollection.processAllFontHeaders(path.toFile(), headers -> {
                    if (firstName[0] == null) {
                        firstName[0] = headers.getName();
                    }
                });
                TrueTypeFont first = firstName[0] == null ? null : collection.getFontByName(firstName[0]);
                if (first == null) {
                    throw new IOException("no font in the collection");
                }
                PDFont font = PDType0Font.load(doc, first, true);
                return new PdfFonts(font, font, font, path + " (" + first.getName() + ")", null, collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        PDFont font = PDType0Font.load(doc, path.toFile());
        return new PdfFonts(font, font, font, path.toString(), null, null);
    }

    public PDFont regular() {
        return regular;
    }

    /** Bold where the font has a bold face; CJK fonts have one weight, so headings are set larger instead. */
    public PDFont bold() {
        return bold;
    }

    public PDFont italic() {
        return italic;
    }

    /** Whether Chinese characters are shown. */
    public boolean cjk() {
        return note == null;
    }

    /** The font used: a file (and face name) or "Helvetica". */
    public String source() {
        return source;
    }

    /** Why Chinese is not shown, to print in the document; null when it is. */
    public String note() {
        return note;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
