package io.posestate.audit.tests;

import static io.posestate.audit.tests.TestEstate.M1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.RuleRun;
import io.posestate.exchange.EstateLoader;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.TerminalRow;

/**
 * The engine keeps the registry's merchants and terminals as columns: the rows a plug-in rule asks for are the rows
 * the registry files hold (every value kind, absent optional values, quoting, non-ASCII, rejected rows left out).
 */
class RegistryTest {

    @TempDir
    Path tmp;

    @Test
    void rowsMadeFromColumnsAreTheRowsRead() throws Exception {
        TestEstate e = new TestEstate(tmp);
        e.add(e.merchants,
                "104440158120002,\"Shop \"\"2\"\", Ltd\",5812,4401,104,,13800000002,,,\"深圳\n路 2\",CLOSED",
                "104440158120003,,5812,4401,105,6222,,13900000003,c@d.cn,,SUSPENDED",
                TestEstate.merchant(M1, "104", "13800000009", null, null)); // duplicate merchant_no: rejected
        e.add(e.terminals,
                "T-2,\"Ven\"\"dor, Inc\",\"型号\nX\",WIFI,,,IN_STOCK,,",
                "T3,PAX,A920,ETHERNET,2.0.1," + M1 + ",SUSPENDED,0001,2024-02-29",
                "T1,PAX,A920,WIFI,9.9," + M1 + ",ACTIVE,4401,2026-01-02", // duplicate serial: rejected
                "T4,PAX,A920,WIFI,1.0,104440158129999,ACTIVE,4401,2026-01-02", // unknown merchant: rejected
                "T5,PAX,A920,DIALUP,1.0,,SHIPPED,9999,");
        AtomicReference<List<TerminalRow>> byIndex = new AtomicReference<>();
        AtomicReference<Map<String, TerminalRow>> bySerial = new AtomicReference<>();
        AtomicReference<Map<String, MerchantRow>> merchants = new AtomicReference<>();
        AuditRule capture = new AuditRule() {
            @Override
            public String id() {
                return "CAPTURE";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public String description() {
                return "captures the registry";
            }

            @Override
            public RuleRun start(AuditContext context) {
                List<TerminalRow> rows = new ArrayList<>();
                for (int i = 0; i < context.terminalCount(); i++) {
                    rows.add(context.terminalAt(i));
                }
                byIndex.set(rows);
                bySerial.set(context.terminals());
                merchants.set(context.merchants());
                return sink -> {
                };
            }
        };
        ServiceRegistration<AuditRule> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(AuditRule.class, capture, null);
        try {
            e.audit("2026-09-30");
        } finally {
            registration.unregister();
        }
        EstateLoader.LoadedEstate read = EstateLoader.load(tmp.resolve("merchants.csv"),
                tmp.resolve("terminals.csv"), r -> {
                });
        assertEquals(List.of(M1, "104440158120002", "104440158120003"), List.copyOf(read.merchants().keySet()));
        assertEquals(List.copyOf(read.merchants().values()), List.copyOf(merchants.get().values()));
        assertEquals(read.merchants(), merchants.get());
        Map<String, TerminalRow> expected = read.terminals();
        assertEquals(List.of("T1", "T-2", "T3", "T5"), List.copyOf(expected.keySet()));
        assertEquals(List.copyOf(expected.values()), byIndex.get());
        assertEquals(expected, bySerial.get());
        assertEquals("Ven\"dor, Inc", byIndex.get().get(1).vendor());
    }
}
