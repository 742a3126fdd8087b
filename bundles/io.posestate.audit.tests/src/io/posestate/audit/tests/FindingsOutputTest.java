package io.posestate.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.FindingsOutput;

/**
 * findings.csv and findings.json byte for byte: absent values, quoting and escaping, non-ASCII text, files of many
 * parts encoded in parallel; and the findings' order.
 */
class FindingsOutputTest {

    @TempDir
    Path tmp;

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static final List<Finding> FINDINGS = List.of(
            Finding.of("CANCELLED_PHONE", Severity.CRITICAL, null, "104440158120001",
                    "商户 \"深圳\", phone 138****0001\nno backup"),
            new Finding("FAILURE_SPIKE", Severity.CRITICAL, "PAX-0002", "104440158120001", 25L,
                    OffsetDateTime.parse("2026-09-01T00:00:00.5Z"), OffsetDateTime.parse("2026-09-01T23:59:59+08:00"),
                    "tab\there, back\\slash, ctl \u0001, emoji \ud83d\ude00"),
            new Finding("UNKNOWN_TERMINAL", Severity.WARNING, "X-1", null, 1L,
                    OffsetDateTime.parse("2026-09-01T10:00:00-05:30"), OffsetDateTime.parse("2026-09-01T10:00:00-05:30"),
                    null));

    @Test
    void csv() throws Exception {
        Path file = tmp.resolve("findings.csv");
        FindingsOutput.write(FINDINGS, "2026-10-01", file, tmp.resolve("findings.json"), pool);
        assertEquals("""
                rule,severity,serial_number,merchant_no,count,first_time,last_time,detail
                CANCELLED_PHONE,CRITICAL,,104440158120001,,,,"商户 ""深圳"", phone 138****0001
                no backup"
                FAILURE_SPIKE,CRITICAL,PAX-0002,104440158120001,25,2026-09-01T00:00:00.5Z,2026-09-01T23:59:59+08:00,\
                "tab\there, back\\slash, ctl \u0001, emoji \ud83d\ude00"
                UNKNOWN_TERMINAL,WARNING,X-1,,1,2026-09-01T10:00:00-05:30,2026-09-01T10:00:00-05:30,
                """, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void json() throws Exception {
        Path file = tmp.resolve("findings.json");
        FindingsOutput.write(FINDINGS, "2026-10-01", tmp.resolve("findings.csv"), file, pool);
        assertEquals("""
                {"as_of":"2026-10-01","count":3,"findings":[
                {"rule":"CANCELLED_PHONE","severity":"CRITICAL","serial_number":null,"merchant_no":"104440158120001",\
                "count":null,"first_time":null,"last_time":null,\
                "detail":"商户 \\"深圳\\", phone 138****0001\\nno backup"},
                {"rule":"FAILURE_SPIKE","severity":"CRITICAL","serial_number":"PAX-0002","merchant_no":"104440158120001",\
                "count":25,"first_time":"2026-09-01T00:00:00.5Z","last_time":"2026-09-01T23:59:59+08:00",\
                "detail":"tab\\there, back\\\\slash, ctl \\u0001, emoji \ud83d\ude00"},
                {"rule":"UNKNOWN_TERMINAL","severity":"WARNING","serial_number":"X-1","merchant_no":null,\
                "count":1,"first_time":"2026-09-01T10:00:00-05:30","last_time":"2026-09-01T10:00:00-05:30",\
                "detail":null}
                ]}
                """, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void noFindings() throws Exception {
        Path csv = tmp.resolve("findings.csv");
        Path json = tmp.resolve("findings.json");
        FindingsOutput.write(List.of(), "2026-10-01", csv, json, pool);
        assertEquals("rule,severity,serial_number,merchant_no,count,first_time,last_time,detail\n",
                Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals("{\"as_of\":\"2026-10-01\",\"count\":0,\"findings\":[\n]}\n",
                Files.readString(json, StandardCharsets.UTF_8));
    }

    /** Many parts, encoded by two threads and written in order: every line once, in order, the last without a comma. */
    @Test
    void manyParts() throws Exception {
        List<Finding> findings = new ArrayList<>();
        StringBuilder csv = new StringBuilder(String.join(",", FindingsOutput.COLUMNS)).append('\n');
        StringBuilder json = new StringBuilder("{\"as_of\":\"2026-10-01\",\"count\":50000,\"findings\":[\n");
        for (int i = 0; i < 50_000; i++) {
            findings.add(Finding.of("DORMANT", Severity.WARNING, "T" + i, null, i % 7 == 0 ? "a, \"b\"" : "d" + i));
            String detail = i % 7 == 0 ? "\"a, \"\"b\"\"\"" : "d" + i;
            csv.append("DORMANT,WARNING,T").append(i).append(",,,,,").append(detail).append('\n');
            json.append("{\"rule\":\"DORMANT\",\"severity\":\"WARNING\",\"serial_number\":\"T").append(i)
                    .append("\",\"merchant_no\":null,\"count\":null,\"first_time\":null,\"last_time\":null,")
                    .append("\"detail\":\"").append(i % 7 == 0 ? "a, \\\"b\\\"" : "d" + i).append("\"}")
                    .append(i < 49_999 ? ",\n" : "\n");
        }
        json.append("]}\n");
        Path csvFile = tmp.resolve("findings.csv");
        Path jsonFile = tmp.resolve("findings.json");
        FindingsOutput.write(findings, "2026-10-01", csvFile, jsonFile, pool);
        assertEquals(csv.toString(), Files.readString(csvFile, StandardCharsets.UTF_8));
        assertEquals(json.toString(), Files.readString(jsonFile, StandardCharsets.UTF_8));
    }

    /**
     * The order is the comparator chain it replaces: rule, serial, merchant, first and last time (by instant, then
     * offset), detail; absent first.
     */
    @Test
    void orderIsTheChainOfComparisons() {
        Comparator<String> text = Comparator.nullsFirst(Comparator.naturalOrder());
        Comparator<OffsetDateTime> time = Comparator.nullsFirst(Comparator.comparing(OffsetDateTime::toInstant)
                .thenComparing(t -> t.getOffset().getTotalSeconds()));
        Comparator<Finding> chain = Comparator.comparing(Finding::rule).thenComparing(Finding::serialNumber, text)
                .thenComparing(Finding::merchantNo, text).thenComparing(Finding::firstTime, time)
                .thenComparing(Finding::lastTime, time).thenComparing(Finding::detail, text);
        Random random = new Random(11);
        String[] texts = { null, "A", "B", "AB" };
        OffsetDateTime[] times = { OffsetDateTime.parse("2026-09-01T10:00:00Z"),
                OffsetDateTime.parse("2026-09-01T18:00:00+08:00"), OffsetDateTime.parse("2026-09-01T10:00:00.5Z"),
                OffsetDateTime.parse("2026-09-01T09:00:00Z") };
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String rule = random.nextBoolean() ? "CODE_JUMP" : "RELOCATED";
            Severity severity = Severity.values()[random.nextInt(3)];
            if (random.nextInt(4) == 0) {
                findings.add(Finding.of(rule, severity, texts[random.nextInt(4)], texts[random.nextInt(4)],
                        texts[random.nextInt(4)]));
            } else {
                findings.add(new Finding(rule, severity, texts[random.nextInt(4)], texts[random.nextInt(4)], 1L,
                        times[random.nextInt(4)], times[random.nextInt(4)], texts[random.nextInt(4)]));
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            for (int j = 0; j < 40; j++) {
                Finding a = findings.get(i);
                Finding b = findings.get(random.nextInt(findings.size()));
                assertEquals(Integer.signum(chain.compare(a, b)), Integer.signum(FindingsOutput.ORDER.compare(a, b)));
            }
        }
    }
}
