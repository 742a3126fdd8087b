package io.posestate.audit.internal.rules;

import java.time.OffsetDateTime;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.Txn;

/** UNKNOWN_TERMINAL: transactions (any result) from a serial not in the registry. WARNING, no merchant. */
@Component(service = AuditRule.class)
public final class UnknownTerminalRule implements AuditRule {

    public static final String ID = "UNKNOWN_TERMINAL";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Transactions from serial numbers that are not in the registry";
    }

    @Override
    public boolean readsRows() {
        return false;
    }

    @Override
    public RuleRun start(AuditContext context) {
        return new CountingRun(context) {
            @Override
            public long accept(Txn t, int from, int to) {
                return countGroup(t, from, to);
            }

            @Override
            protected boolean counts(AuditedTransaction t) {
                return t.serialIndex() >= context.terminalCount();
            }

            @Override
            protected Finding finding(int serial, long count, OffsetDateTime first, OffsetDateTime last) {
                return new Finding(ID, Severity.WARNING, context.serialAt(serial), null, count, first, last,
                        plural(count, "transaction").append(" from a serial number not in the registry").toString());
            }
        };
    }
}
