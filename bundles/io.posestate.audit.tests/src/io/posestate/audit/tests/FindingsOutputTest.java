package io.posestate.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.FindingsOutput;

/** findings.csv and findings.json byte for byte: absent values, quoting and escaping, non-ASCII text. */
class FindingsOutputTest {

    @TempDir
    Path tmp;

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
        FindingsOutput.writeCsv(FINDINGS, file);
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
        FindingsOutput.writeJson(FINDINGS, "2026-10-01", file);
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
        FindingsOutput.writeCsv(List.of(), csv);
        FindingsOutput.writeJson(List.of(), "2026-10-01", json);
        assertEquals("rule,severity,serial_number,merchant_no,count,first_time,last_time,detail\n",
                Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals("{\"as_of\":\"2026-10-01\",\"count\":0,\"findings\":[\n]}\n",
                Files.readString(json, StandardCharsets.UTF_8));
    }
}
