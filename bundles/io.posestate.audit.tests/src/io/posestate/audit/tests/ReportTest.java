package io.posestate.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditResult;

/** report.html and report.pdf of the golden data set: sections, evidence (SHA-256), masking. */
class ReportTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void startReportBundle() throws Exception {
        Bundle report = Arrays.stream(FrameworkUtil.getBundle(ReportTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("io.posestate.audit.report")).findFirst().orElseThrow();
        report.start();
    }

    @Test
    void htmlAndPdfCarryTheSummaryFindingsDrillDownAndEvidence() throws Exception {
        Path data = TestEstate.copy("golden", tmp.resolve("golden"));
        AuditResult r = TestEstate.run(data, "2026-10-01", AuditPolicy.defaults());
        String txSha = r.inputs().stream().filter(f -> f.name().equals("transactions.csv")).findFirst().orElseThrow()
                .sha256();
        assertEquals(TestEstate.sha256(data.resolve("transactions.csv")), txSha);

        String html = Files.readString(data.resolve("out/report.html"), StandardCharsets.UTF_8);
        for (String s : new String[] { "Summary by rule and severity", "<svg", "Per terminal", "Per merchant",
                "Evidence", txSha, "2026-10-01", "tester", "FAILURE_SPIKE", "PAX-0002", "138****0001",
                "Rejected rows", "terminals.csv", "posestate --user tester audit --data" }) {
            assertTrue(html.contains(s), "report.html lacks " + s);
        }
        assertFalse(html.contains("13800000001"), "phone numbers are masked");
        assertFalse(html.contains("6222000011112222"), "account numbers are not shown");

        Path pdf = data.resolve("out/report.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String s : new String[] { "Estate risk audit as of 2026-10-01", "Summary by rule and severity",
                    "Per terminal", "Per merchant", "Evidence", txSha, "DUPLICATE_SIGNATURE", "138****0001" }) {
                assertTrue(text.contains(s), "report.pdf lacks " + s);
            }
            assertFalse(text.contains("13800000001"), "phone numbers are masked");
        }
    }
}
