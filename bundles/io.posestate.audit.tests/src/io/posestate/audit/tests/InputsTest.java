package io.posestate.audit.tests;

import static io.posestate.audit.tests.TestEstate.M1;
import static io.posestate.audit.tests.TestEstate.txn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditResult;

/** Input handling as formats.md says: BOM, column order, extra columns, quoting, malformed rows, empty files. */
class InputsTest {

    @TempDir
    Path tmp;

    @Test
    void bomReorderedAndExtraColumnsAndQuotedLineBreaks() throws Exception {
        TestEstate e = new TestEstate(tmp);
        e.write();
        String txns = "\uFEFFresult,amount,cvm,extra,txn_id,time,serial_number,merchant_no,currency,scheme,entry,"
                + "location_region,signature_ref,response_code\r\n"
                + "APPROVED,1500.00,NONE,\"free\ntext, with comma\",1,2026-09-01T10:00:00+08:00,T1," + M1
                + ",CNY,VISA,CHIP,4401,,00\r\n"
                + "\r\n"
                + "APPROVED,1600.00,NONE,x,2,2026-09-02T10:00:00+08:00,T1," + M1 + ",CNY,VISA,CHIP,4401,,\"0\n0\"\r\n";
        Files.writeString(tmp.resolve("transactions.csv"), txns, StandardCharsets.UTF_8);
        AuditResult r = TestEstate.run(tmp, "2026-09-30", AuditPolicy.defaults());
        assertEquals(2, r.transactionsAudited());
        assertEquals(0, r.rejectCount());
        assertEquals(List.of("UNSIGNED,WARNING,T1," + M1 + ",2,2026-09-01T10:00:00+08:00,2026-09-02T10:00:00+08:00"),
                RulesTest.heads(e.findings("UNSIGNED")));
    }

    @Test
    void malformedRowsAreRejectedWithTheirStartLineAndNeverCount() throws Exception {
        TestEstate e = new TestEstate(tmp);
        e.add(e.transactions,
                "\"q1\",2026-09-01T10:00:00+08:00,T1," + M1 + ",4401,1500.00,CNY,UNIONPAY,CHIP,NONE,\"multi\nline\","
                        + "APPROVED,00", // line 2-3: valid
                txn("bad-amount", "2026-09-01T10:00:00+08:00", "T1", M1, "4401", "1500.001", "NONE", null, "APPROVED"),
                txn("no-offset", "2026-09-01T10:00:00", "T1", M1, "4401", "1500.00", "NONE", null, "APPROVED"),
                txn("lower", "2026-09-01T10:00:00+08:00", "T1", M1, "4401", "1500.00", "none", null, "APPROVED"),
                txn("short", "2026-09-01T10:00:00+08:00", "T1", "12345", "4401", "1500.00", "NONE", null, "APPROVED"),
                "too,few,columns");
        e.terminals.add("bad serial!,PAX,A920,WIFI,1,,IN_STOCK,,");
        AuditResult r = e.audit("2026-09-30");
        assertEquals(6, r.transactionsRead());
        assertEquals(1, r.transactionsAudited());
        List<String> rejects = Files.readAllLines(tmp.resolve("out/rejects.csv"), StandardCharsets.UTF_8);
        assertEquals("file,line,reason,raw", rejects.get(0));
        List<String> where = rejects.stream().skip(1).map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))
                .toList();
        assertEquals(List.of("terminals.csv,3", "transactions.csv,4", "transactions.csv,5", "transactions.csv,6",
                "transactions.csv,7", "transactions.csv,8"), where);
        assertEquals(6, r.rejectCount());
        assertEquals(List.of("UNSIGNED,WARNING,T1," + M1 + ",1,2026-09-01T10:00:00+08:00,2026-09-01T10:00:00+08:00"),
                RulesTest.heads(e.findings("UNSIGNED")));
        AuditResult.InputFile txFile = r.inputs().stream().filter(f -> f.name().equals("transactions.csv"))
                .findFirst().orElseThrow();
        assertEquals(6, txFile.records());
        assertEquals(5, txFile.rejected());
        assertEquals(64, txFile.sha256().length());
    }

    @Test
    void emptyFilesHaveNoRows() throws Exception {
        TestEstate e = new TestEstate(tmp);
        e.write();
        Files.write(tmp.resolve("transactions.csv"), new byte[0]);
        Files.write(tmp.resolve("phone_status.csv"), new byte[0]);
        AuditResult r = TestEstate.run(tmp, "2026-09-30", AuditPolicy.defaults());
        assertEquals(0, r.transactionsRead());
        // T1 activated 2026-01-01 without any transaction: dormant for 272 days
        assertEquals(List.of("DORMANT,WARNING,T1," + M1 + ",,,"), RulesTest.heads(e.findings()));
        assertEquals(List.of("rule,severity,serial_number,merchant_no,count,first_time,last_time,detail"),
                Files.readAllLines(tmp.resolve("out/findings.csv")).subList(0, 1));
    }

    @Test
    void missingTransactionsFileIsAFailureNamingTheFile() throws Exception {
        TestEstate e = new TestEstate(tmp);
        e.write();
        Files.delete(tmp.resolve("transactions.csv"));
        NoSuchFileException x = assertThrows(NoSuchFileException.class,
                () -> TestEstate.run(tmp, "2026-09-30", AuditPolicy.defaults()));
        assertTrue(x.getMessage().contains("transactions.csv"), x.getMessage());
    }

    @Test
    void aPartialRegistryIsAFailure_noRegistryNeedsAStore() throws Exception {
        TestEstate e = new TestEstate(tmp);
        e.write();
        Files.delete(tmp.resolve("phone_status.csv"));
        NoSuchFileException x = assertThrows(NoSuchFileException.class,
                () -> TestEstate.run(tmp, "2026-09-30", AuditPolicy.defaults()));
        assertTrue(x.getMessage().contains("phone_status.csv"), x.getMessage());
        for (String f : List.of("merchants.csv", "terminals.csv", "licensed_acquirers.csv")) {
            Files.delete(tmp.resolve(f));
        }
        // without the bundle that reads the registry from a store (StoreTest covers it when present)
        org.osgi.framework.Bundle storeSource = java.util.Arrays.stream(org.osgi.framework.FrameworkUtil
                .getBundle(getClass()).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("io.posestate.audit.store")).findFirst().orElseThrow();
        boolean wasActive = storeSource.getState() == org.osgi.framework.Bundle.ACTIVE;
        storeSource.stop();
        try {
            x = assertThrows(NoSuchFileException.class, () -> TestEstate.run(tmp, "2026-09-30", AuditPolicy.defaults()));
            assertTrue(x.getMessage().contains("no store"), x.getMessage());
        } finally {
            if (wasActive) {
                storeSource.start();
            }
        }
    }

    @Test
    void unknownMerchantAndDuplicateTerminalsAreRejected() throws Exception {
        TestEstate e = new TestEstate(tmp);
        e.add(e.terminals, TestEstate.terminal("T1", M1, "ACTIVE", "4402", "2026-01-01"),
                TestEstate.terminal("T9", "104440158129999", "ACTIVE", "4401", "2026-01-01"));
        e.add(e.transactions, txn("1", "2026-09-01T10:00:00+08:00", "T9", M1));
        AuditResult r = e.audit("2026-09-30");
        assertEquals(2, r.rejectCount());
        // T9 was rejected, so its transactions come from an unknown terminal
        assertEquals(1, e.findings("UNKNOWN_TERMINAL").size());
    }
}
