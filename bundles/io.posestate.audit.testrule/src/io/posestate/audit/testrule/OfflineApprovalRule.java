package io.posestate.audit.testrule;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.FindingSink;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.exchange.TxnResult;

/**
 * A rule contributed from outside the engine bundle, using only the audit API: OFFLINE_APPROVAL counts
 * transactions approved offline by the terminal (response_code Y1), per serial. INFO.
 */
@Component(service = AuditRule.class)
public final class OfflineApprovalRule implements AuditRule {

    @Override
    public String id() {
        return "OFFLINE_APPROVAL";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String description() {
        return "Transactions approved offline by the terminal (response code Y1)";
    }

    @Override
    public RuleRun start(AuditContext context) {
        return new RuleRun() {
            private final Map<String, long[]> perSerial = new HashMap<>();
            private final Map<String, OffsetDateTime[]> times = new HashMap<>();

            @Override
            public void accept(AuditedTransaction t) {
                if (t.row().result() != TxnResult.APPROVED || !"Y1".equals(t.row().responseCode())) {
                    return;
                }
                String serial = t.row().serialNumber();
                perSerial.computeIfAbsent(serial, s -> new long[1])[0]++;
                OffsetDateTime at = t.row().time();
                OffsetDateTime[] span = times.computeIfAbsent(serial, s -> new OffsetDateTime[] { at, at });
                if (at.isBefore(span[0])) {
                    span[0] = at;
                }
                if (at.isAfter(span[1])) {
                    span[1] = at;
                }
            }

            @Override
            public void finish(FindingSink sink) {
                perSerial.forEach((serial, n) -> {
                    var terminal = context.terminals().get(serial);
                    sink.add(new Finding(id(), Severity.INFO, serial, terminal == null ? null : terminal.merchantNo(),
                            n[0], times.get(serial)[0], times.get(serial)[1], n[0] + " offline approvals"));
                });
            }
        };
    }
}
