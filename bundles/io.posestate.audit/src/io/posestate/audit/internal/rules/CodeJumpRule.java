package io.posestate.audit.internal.rules;

import java.time.OffsetDateTime;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.TerminalFacts;
import io.posestate.audit.internal.Txn;
import io.posestate.exchange.TxnResult;

/**
 * CODE_JUMP: approved transactions under a merchant_no other than the one the terminal is bound to. CRITICAL
 * when region or MCC (digits 4-11) differ for any of them, WARNING when only the sequence differs. Terminals
 * bound to no merchant (and unknown serials) never fire.
 */
@Component(service = AuditRule.class)
public final class CodeJumpRule implements AuditRule {

    public static final String ID = "CODE_JUMP";

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
        return "Approved transactions under another merchant number than the terminal's bound merchant";
    }

    @Override
    public boolean readsRows() {
        return false;
    }

    @Override
    public RuleRun start(AuditContext context) {
        return new CountingRun(context) {
            /**
             * Per registered serial (only counted ones are read): the first other merchant_no seen, and whether one
             * of them differs in region or MCC.
             */
            private long[] firstOther = new long[0];
            private boolean[] critical;

            private final long[] facts = TerminalFacts.of(context);

            @Override
            public long accept(Txn t, int from, int to) {
                return countGroup(t, from, to);
            }

            @Override
            protected boolean counts(AuditedTransaction t) {
                int i = t.serialIndex();
                if (t.result() != TxnResult.APPROVED || i >= facts.length) {
                    return false;
                }
                long bound = TerminalFacts.merchant(facts[i]);
                return bound != TerminalFacts.NO_MERCHANT && bound != t.merchantNumber();
            }

            @Override
            protected void onCounted(AuditedTransaction t, boolean first) {
                int i = t.serialIndex();
                long reported = t.merchantNumber();
                if (first) {
                    if (firstOther.length == 0) {
                        firstOther = new long[facts.length];
                        critical = new boolean[facts.length];
                    }
                    firstOther[i] = reported;
                }
                if (regionAndMcc(TerminalFacts.merchant(facts[i])) != regionAndMcc(reported)) {
                    critical[i] = true;
                }
            }

            @Override
            protected Finding finding(int serial, long count, OffsetDateTime first, OffsetDateTime last) {
                boolean crit = critical[serial];
                String bound = boundMerchant(serial);
                return new Finding(ID, crit ? Severity.CRITICAL : Severity.WARNING, context.serialAt(serial), bound,
                        count, first, last, plural(count, "approved transaction")
                                .append(" under another merchant_no than ").append(bound).append(" (first ")
                                .append(TerminalFacts.merchantNo(firstOther[serial])).append("); ")
                                .append(crit ? "region or MCC differs" : "only the sequence differs").toString());
            }
        };
    }

    /** Digits 4-11 (region and MCC) of a 15-digit merchant number. */
    static long regionAndMcc(long merchantNo) {
        return merchantNo / 10_000 % 100_000_000;
    }
}
