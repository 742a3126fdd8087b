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

    @Test
    void drillDownShowsTheMostCriticalGroupsThenTheMostFindingsThenByKey() throws Exception {
        TestEstate e = new TestEstate(tmp);
        for (int i = 0; i < 120; i++) {
            e.add(e.transactions, TestEstate.txn("X" + i, "2026-09-01T10:00:00+08:00", String.format("U%03d", i),
                    TestEstate.M1));
        }
        // U119 also carries a CRITICAL finding (its signature on two transactions); T1 is DORMANT
        e.add(e.transactions, TestEstate.txn("S1", "2026-09-01T10:00:00+08:00", "U119", TestEstate.M1, "4401",
                "10.00", "SIGNATURE", "SIG-1", "APPROVED"), TestEstate.txn("S2", "2026-09-01T11:00:00+08:00", "U119",
                        TestEstate.M1, "4401", "10.00", "SIGNATURE", "SIG-1", "APPROVED"));
        e.audit("2026-09-30");
        String html = Files.readString(tmp.resolve("out/report.html"), StandardCharsets.UTF_8);
        String perTerminal = html.substring(html.indexOf("<h2>Per terminal</h2>"), html.indexOf("<h2>Per merchant"));
        java.util.List<String> shown = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<summary><b>([^<]+)</b>").matcher(perTerminal);
        while (m.find()) {
            shown.add(m.group(1));
        }
        java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of("U119", "T1"));
        for (int i = 0; expected.size() < 100; i++) {
            expected.add(String.format("U%03d", i));
        }
        assertEquals(expected, shown);
    }
}
