package io.posestate.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRequest;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.AuditService;
import io.posestate.audit.internal.AuditEngine;

/**
 * A small hand-made estate (data/golden) whose findings were derived by hand from formats.md
 * (expected-heads.txt: every column but the free-text detail) and the full findings.csv it must produce
 * byte for byte (expected-findings.csv).
 */
class GoldenTest {

    @TempDir
    Path tmp;

    @Test
    void findingsMatchTheHandDerivedOnes() throws Exception {
        Path data = TestEstate.copy("golden", tmp.resolve("golden"));
        AuditResult result = TestEstate.run(data, "2026-10-01", AuditPolicy.defaults());
        List<String> actual = Files.readAllLines(data.resolve("out/findings.csv"), StandardCharsets.UTF_8);
        assertEquals("rule,severity,serial_number,merchant_no,count,first_time,last_time,detail", actual.get(0));
        assertEquals(Files.readAllLines(data.resolve("expected-heads.txt")),
                RulesTest.heads(actual.subList(1, actual.size())));
        assertEquals(Files.readString(data.resolve("expected-findings.csv"), StandardCharsets.UTF_8),
                Files.readString(data.resolve("out/findings.csv"), StandardCharsets.UTF_8));

        List<String> rejects = Files.readAllLines(data.resolve("out/rejects.csv"), StandardCharsets.UTF_8);
        assertEquals(List.of("terminals.csv,7", "transactions.csv,14", "transactions.csv,15"), rejects.stream()
                .skip(1).map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1))).toList());
        assertEquals(53, result.transactionsRead());
        assertEquals(51, result.transactionsAudited());
    }

    /** When no rule reads full rows the engine streams columns only: the same bytes come out. */
    @Test
    void sameFindingsWhenNoRuleReadsRows() throws Exception {
        Path data = TestEstate.copy("golden", tmp.resolve("golden"));
        AuditEngine engine = new AuditEngine();
        AuditEngine service = (AuditEngine) TestEstate.service(AuditService.class);
        service.rules().stream().filter(r -> !r.readsRows()).forEach(engine::addRule);
        assertEquals(9, engine.rules().size());
        AuditResult result = engine.run(new AuditRequest(data, LocalDate.parse("2026-10-01"), data.resolve("out"),
                AuditPolicy.defaults(), "test", null, "tester"));
        assertEquals(Files.readString(data.resolve("expected-findings.csv"), StandardCharsets.UTF_8),
                Files.readString(data.resolve("out/findings.csv"), StandardCharsets.UTF_8));
        assertEquals(51, result.transactionsAudited());
    }
}
