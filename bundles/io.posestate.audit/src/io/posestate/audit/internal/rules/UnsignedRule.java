package io.posestate.audit.internal.rules;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.TerminalFacts;
import io.posestate.audit.internal.Txn;
import io.posestate.exchange.Cvm;
import io.posestate.exchange.TxnResult;

/**
 * UNSIGNED: approved transactions of a registered terminal with cvm NONE whose amount is above (strictly) the
 * policy's no-verification limit for their scheme and region. The region is the transaction's location_region,
 * else the terminal's deployed_region. WARNING.
 */
@Component(service = AuditRule.class)
public final class UnsignedRule implements AuditRule {

    public static final String ID = "UNSIGNED";

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
        return "Approved transactions without cardholder verification above the no-verification limit";
    }

    @Override
    public boolean readsRows() {
        return false;
    }

    @Override
    public RuleRun start(AuditContext context) {
        AuditPolicy policy = context.policy();
        return new CountingRun(context) {
            private long[] largest = new long[0];

            private final boolean onlyDefault = policy.limits().isEmpty();

            @Override
            public long accept(Txn t, int from, int to) {
                return countGroup(t, from, to);
            }

            @Override
            protected boolean counts(AuditedTransaction t) {
                if (t.cvm() != Cvm.NONE || t.result() != TxnResult.APPROVED
                        || t.serialIndex() >= context.terminalCount()) {
                    return false;
                }
                if (onlyDefault) {
                    return t.amountCents() > policy.defaultLimitCents();
                }
                String region = t.locationRegion() != AuditedTransaction.NO_REGION
                        ? TerminalFacts.regionCode(t.locationRegion())
                        : terminals.deployedRegion(t.serialIndex());
                return t.amountCents() > policy.limitCents(t.scheme(), region);
            }

            @Override
            protected void onCounted(AuditedTransaction t, boolean first) {
                int i = t.serialIndex();
                if (i >= largest.length) {
                    largest = Arrays.copyOf(largest, Math.max(i + 1, context.terminalCount()));
                }
                largest[i] = Math.max(largest[i], t.amountCents());
            }

            @Override
            protected Finding finding(int serial, long count, OffsetDateTime first, OffsetDateTime last) {
                return new Finding(ID, Severity.WARNING, context.serialAt(serial), boundMerchant(serial), count,
                        first, last, plural(count, "approved transaction")
                                .append(" with cvm NONE above the no-verification limit (largest ")
                                .append(BigDecimal.valueOf(largest[serial], 2).toPlainString()).append(')').toString());
            }
        };
    }
}
