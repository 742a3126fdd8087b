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
 * RELOCATED: approved transactions of a registered terminal whose location_region is present and differs from
 * the terminal's deployed_region (an absent deployed_region differs from every region). WARNING.
 */
@Component(service = AuditRule.class)
public final class RelocatedRule implements AuditRule {

    public static final String ID = "RELOCATED";

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
        return "Approved transactions reported from another region than the terminal's deployed region";
    }

    @Override
    public boolean readsRows() {
        return false;
    }

    @Override
    public RuleRun start(AuditContext context) {
        return new CountingRun(context) {
            /** Per registered serial: the region of its first counted transaction (only counted ones are read). */
            private int[] firstRegion = new int[0];

            private final long[] facts = terminals.facts();

            @Override
            public long accept(Txn t, int from, int to) {
                return countGroup(t, from, to);
            }

            @Override
            protected boolean counts(AuditedTransaction t) {
                int region = t.locationRegion();
                int i = t.serialIndex();
                return region != AuditedTransaction.NO_REGION && t.result() == TxnResult.APPROVED
                        && i < facts.length && TerminalFacts.region(facts[i]) != region;
            }

            @Override
            protected void onCounted(AuditedTransaction t, boolean first) {
                if (first) {
                    if (firstRegion.length == 0) {
                        firstRegion = new int[facts.length];
                    }
                    firstRegion[t.serialIndex()] = t.locationRegion();
                }
            }

            @Override
            protected Finding finding(int serial, long count, OffsetDateTime first, OffsetDateTime last) {
                String deployed = terminals.deployedRegion(serial);
                StringBuilder detail = plural(count, "approved transaction").append(" reported from region ")
                        .append(TerminalFacts.regionCode(firstRegion[serial])).append(count > 1 ? " and others" : "")
                        .append("; deployed in ");
                if (deployed == null) {
                    detail.append("no region");
                } else {
                    detail.append("region ").append(deployed);
                }
                return new Finding(ID, Severity.WARNING, context.serialAt(serial), boundMerchant(serial), count,
                        first, last, detail.toString());
            }
        };
    }
}
