package io.posestate.audit.tests;

import static io.posestate.audit.tests.TestEstate.M1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.posestate.audit.api.AuditResult;

/**
 * A rule from another bundle (io.posestate.audit.testrule, which knows only the audit API) runs in the same
 * single pass as the nine built-in rules: no engine change, just a service.
 */
class PluggableRuleTest {

    @TempDir
    Path tmp;

    @Test
    void aRuleServiceFromAnotherBundleRunsWithTheBuiltInOnes() throws Exception {
        Bundle testRule = Arrays.stream(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("io.posestate.audit.testrule")).findFirst().orElse(null);
        assertNotNull(testRule, "io.posestate.audit.testrule is installed for the tests");
        testRule.start();

        TestEstate e = new TestEstate(tmp);
        e.add(e.transactions,
                "1,2026-09-01T10:00:00+08:00,T1," + M1 + ",4401,10.00,CNY,UNIONPAY,CHIP,PIN,,APPROVED,Y1",
                "2,2026-09-01T09:00:00+08:00,T1," + M1 + ",4401,10.00,CNY,UNIONPAY,CHIP,PIN,,APPROVED,Y1",
                "3,2026-09-02T09:00:00+08:00,T1," + M1 + ",4402,10.00,CNY,UNIONPAY,CHIP,PIN,,APPROVED,00");
        AuditResult r = e.audit("2026-09-30");
        assertTrue(r.rules().stream().anyMatch(i -> i.id().equals("OFFLINE_APPROVAL")
                && i.bundle().startsWith("io.posestate.audit.testrule")), r.rules().toString());
        assertEquals(10, r.rules().size());
        assertEquals(List.of("OFFLINE_APPROVAL,INFO,T1," + M1 + ",2,2026-09-01T09:00:00+08:00,2026-09-01T10:00:00+08:00"),
                RulesTest.heads(e.findings("OFFLINE_APPROVAL")));
        // the built-in rules ran in the same pass; findings of all rules sorted together
        List<String> rules = e.findings().stream().map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(List.of("OFFLINE_APPROVAL", "RELOCATED"), rules);
    }
}
