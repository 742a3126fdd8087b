package io.posestate.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRequest;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.FindingsOutput;
import io.posestate.audit.report.internal.HtmlReportWriter;

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
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("<summary><b>([^<]+)</b>").matcher(perTerminal);
        while (m.find()) {
            shown.add(m.group(1));
        }
        List<String> expected = new ArrayList<>(List.of("U119", "T1"));
        for (int i = 0; expected.size() < 100; i++) {
            expected.add(String.format("U%03d", i));
        }
        assertEquals(expected, shown);
    }

    /**
     * Many groups with ties at every level (as in a big run, where the tally has hundreds of thousands of keys): the
     * drill-downs show the same groups, counts and order as a plain sort of all groups, each with its findings in the
     * order of the list, and count every group.
     */
    @Test
    void drillDownsOfManyGroupsMatchAPlainSort() throws Exception {
        Random random = new Random(7);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String serial = "S" + random.nextInt(2000);
            String merchant = random.nextInt(10) == 0 ? null : "1044401581" + (20000 + random.nextInt(700));
            Severity severity = Severity.values()[random.nextInt(3)];
            findings.add(Finding.of("RULE_" + random.nextInt(3), severity, serial, merchant, "d" + i));
        }
        findings.sort(FindingsOutput.ORDER);
        AuditRequest request = new AuditRequest(tmp, LocalDate.parse("2026-10-01"), tmp, AuditPolicy.defaults(),
                "test", null, "tester");
        OffsetDateTime now = OffsetDateTime.now();
        AuditResult result = new AuditResult(request, "test", now, now, List.of(), List.of(), "test", 0, 0, findings,
                List.of(), 0, new LinkedHashMap<>());
        new HtmlReportWriter().write(result, tmp);
        String html = Files.readString(tmp.resolve("report.html"), StandardCharsets.UTF_8);

        String perTerminal = html.substring(html.indexOf("<h2>Per terminal</h2>"), html.indexOf("<h2>Per merchant"));
        String perMerchant = html.substring(html.indexOf("<h2>Per merchant</h2>"), html.indexOf("<h2>Rejected rows"));
        assertEquals(expectedDrillDown(findings, Finding::serialNumber), shownGroups(perTerminal));
        assertEquals(expectedDrillDown(findings, Finding::merchantNo), shownGroups(perMerchant));
    }

    /**
     * Two writers of one result at the same time share its model: both reports show the plain sort's groups. Also
     * with fewer groups than a report shows (all of them are candidates for the leaders).
     */
    @Test
    void writersOfOneResultShareTheModelAndShowThePlainSortsGroups() throws Exception {
        for (int groups : new int[] { 3, 700 }) {
            Random random = new Random(groups);
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < 4000; i++) {
                String merchant = random.nextInt(10) == 0 ? null : "1044401581" + (20000 + random.nextInt(groups));
                findings.add(Finding.of("RULE_" + random.nextInt(3), Severity.values()[random.nextInt(3)],
                        "S" + random.nextInt(groups), merchant, "d" + i));
            }
            findings.sort(FindingsOutput.ORDER);
            AuditRequest request = new AuditRequest(tmp, LocalDate.parse("2026-10-01"), tmp, AuditPolicy.defaults(),
                    "test", null, "tester");
            OffsetDateTime now = OffsetDateTime.now();
            AuditResult result = new AuditResult(request, "test", now, now, List.of(), List.of(), "test", 0, 0,
                    findings, List.of(), 0, new LinkedHashMap<>());
            List<Path> dirs = List.of(tmp.resolve(groups + "a"), tmp.resolve(groups + "b"));
            List<Thread> writers = new ArrayList<>();
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (Path dir : dirs) {
                Files.createDirectories(dir);
                Thread t = new Thread(() -> {
                    try {
                        new HtmlReportWriter().write(result, dir);
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                writers.add(t);
                t.start();
            }
            for (Thread t : writers) {
                t.join();
            }
            assertEquals(List.of(), failures);
            for (Path dir : dirs) {
                String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
                String perTerminal = html.substring(html.indexOf("<h2>Per terminal</h2>"),
                        html.indexOf("<h2>Per merchant"));
                String perMerchant = html.substring(html.indexOf("<h2>Per merchant</h2>"),
                        html.indexOf("<h2>Rejected rows"));
                assertEquals(expectedDrillDown(findings, Finding::serialNumber), shownGroups(perTerminal));
                assertEquals(expectedDrillDown(findings, Finding::merchantNo), shownGroups(perMerchant));
            }
        }
    }

    /** "key: findings/critical/warning, [detail of each row]" of every group shown, then "of" the total. */
    private static List<String> shownGroups(String section) {
        List<String> shown = new ArrayList<>();
        Pattern summary = Pattern.compile(
                "<summary><b>([^<]+)</b>: (\\d+) findings, <span class=\"CRITICAL\">(\\d+) CRITICAL</span>, (\\d+) WARNING");
        for (String group : section.split("<details>")) {
            Matcher m = summary.matcher(group);
            if (m.find()) {
                List<String> details = new ArrayList<>();
                Matcher row = Pattern.compile("<td>([^<]*)</td></tr>").matcher(group);
                while (row.find()) {
                    details.add(row.group(1));
                }
                shown.add(m.group(1) + ": " + m.group(2) + "/" + m.group(3) + "/" + m.group(4) + ", " + details);
            }
        }
        Matcher of = Pattern.compile("Showing \\d+ of (\\d+)").matcher(section);
        shown.add("of " + (of.find() ? of.group(1) : "-"));
        return shown;
    }

    private static List<String> expectedDrillDown(List<Finding> findings, Function<Finding, String> key) {
        Map<String, int[]> groups = new TreeMap<>();
        for (Finding f : findings) {
            if (key.apply(f) != null) {
                int[] t = groups.computeIfAbsent(key.apply(f), k -> new int[3]);
                t[0]++;
                t[1] += f.severity() == Severity.CRITICAL ? 1 : 0;
                t[2] += f.severity() == Severity.WARNING ? 1 : 0;
            }
        }
        List<String> expected = groups.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[1])
                        .thenComparingInt(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(100)
                .map(e -> e.getKey() + ": " + e.getValue()[0] + "/" + e.getValue()[1] + "/" + e.getValue()[2] + ", "
                        + findings.stream().filter(f -> e.getKey().equals(key.apply(f))).map(Finding::detail).toList())
                .collect(Collectors.toCollection(ArrayList::new));
        expected.add("of " + (groups.size() > 100 ? groups.size() : "-")); // the note comes only when some are cut
        return expected;
    }
}
