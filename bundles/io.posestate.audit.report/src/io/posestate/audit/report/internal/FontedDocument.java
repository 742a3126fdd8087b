package io.posestate.audit.report.internal;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.posestate.report.pdf.PdfFonts;

/**
 * A new PDF document with its fonts loaded. Loading them (parsing the CJK font's tables and cmap) and the PDFBox
 * classes this needs is about a third of the PDF writer's work: the writer makes the next one when a run starts, on
 * a thread of its own, so that this runs while the audit reads its inputs (the registry load leaves part of a core
 * idle) instead of in the output phase, where every core is busy. Closes the fonts, then the document.
 */
final class FontedDocument implements AutoCloseable {

    final PDDocument doc;
    final PdfFonts fonts;

    FontedDocument() {
        doc = new PDDocument();
        fonts = PdfFonts.load(doc);
    }

    @Override
    public void close() throws IOException {
        try (doc) {
            fonts.close();
        }
    }
}
