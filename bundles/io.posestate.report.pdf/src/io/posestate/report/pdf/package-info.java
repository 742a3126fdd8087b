/**
 * PDF report helpers over Apache PDFBox: {@link io.posestate.report.pdf.PdfFonts} finds a TrueType font that shows
 * Chinese (falling back to Helvetica with a note), {@link io.posestate.report.pdf.PdfPages} lays text and table rows
 * out top-down over pages with a footer.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.report.pdf;
