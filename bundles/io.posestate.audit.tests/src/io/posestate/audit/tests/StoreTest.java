package io.posestate.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRequest;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.AuditService;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryFactory;
import io.posestate.store.Store;
import io.posestate.store.StoreLocation;

/**
 * With a store: the registry comes from the store when the data folder holds only transactions.csv, and the
 * findings are stored, linked to terminals and merchants (embedded H2 store in a temporary folder).
 */
class StoreTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void startStoreBundles() throws Exception {
        for (Bundle b : FrameworkUtil.getBundle(StoreTest.class).getBundleContext().getBundles()) {
            if (Arrays.asList("io.posestate.registry", "io.posestate.audit.store").contains(b.getSymbolicName())) {
                b.start();
            }
        }
    }

    @Test
    void registryFromTheStoreGivesTheSameFindingsAndTheyAreStored() throws Exception {
        Path golden = TestEstate.copy("golden", tmp.resolve("golden"));
        Path storeDir = tmp.resolve("store");
        try (EstateRegistry registry = TestEstate.service(RegistryFactory.class).open(storeDir.toString())) {
            Path registryOnly = Files.createDirectories(tmp.resolve("registry"));
            for (String f : EstateRegistry.REGISTRY_FILES) {
                Files.copy(golden.resolve(f), registryOnly.resolve(f));
            }
            registry.importDirectory(registryOnly, "tester");
        }
        Path data = Files.createDirectories(tmp.resolve("txns"));
        Files.copy(golden.resolve("transactions.csv"), data.resolve("transactions.csv"));

        AuditResult r = TestEstate.service(AuditService.class).run(new AuditRequest(data, LocalDate.parse("2026-10-01"),
                data.resolve("out"), AuditPolicy.defaults(), "test", storeDir.toString(), "tester"));
        assertTrue(r.registrySource().startsWith("store "), r.registrySource());
        // ING-0006 was rejected by the store import as by the audit's own loader: the same findings
        List<String> lines = Files.readAllLines(data.resolve("out/findings.csv"));
        assertEquals(Files.readAllLines(golden.resolve("expected-heads.txt")),
                RulesTest.heads(lines.subList(1, lines.size())));
        assertTrue(r.outputs().get("stored").startsWith("audit run "), r.outputs().toString());

        try (Store store = Store.open(StoreLocation.parse(storeDir.toString()))) {
            List<String> rows = store.read(c -> {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT f.rule, f.serial_number, f.merchant_no,"
                        + " f.txn_count, t.state FROM audit_finding f LEFT JOIN terminal t ON t.serial_number ="
                        + " f.serial_number WHERE f.rule IN ('FAILURE_SPIKE', 'UNKNOWN_TERMINAL') ORDER BY f.line_no")) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3) + "," + rs.getLong(4)
                                + "," + rs.getString(5));
                    }
                }
                return out;
            });
            assertEquals(List.of("FAILURE_SPIKE,PAX-0002,104440154110002,20,ACTIVE", "UNKNOWN_TERMINAL,GHOST-9,null,2,null",
                    "UNKNOWN_TERMINAL,ING-0006,null,1,null"), rows);
            long stored = store.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT findings FROM audit_run")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(14, stored);
        }
    }
}
