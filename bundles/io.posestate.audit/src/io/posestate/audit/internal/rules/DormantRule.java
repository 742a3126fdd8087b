package io.posestate.audit.internal.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.FindingSink;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.GroupRun;
import io.posestate.audit.internal.TerminalTable;
import io.posestate.audit.internal.Txn;
import io.posestate.exchange.TxnResult;

/**
 * DORMANT: an ACTIVE terminal whose last approved transaction (latest instant; its date in its own offset), or
 * its activated_at if it has none, is more than the policy's days (90 / 365) before the audit date: WARNING,
 * respectively CRITICAL. A terminal with neither never fires. The finding counts no transactions.
 */
@Component(service = AuditRule.class)
public final class DormantRule implements AuditRule {

    public static final String ID = "DORMANT";
    private static final long NONE = Long.MIN_VALUE;

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
        return "Active terminals without an approved transaction for more than the dormancy thresholds";
    }

    @Override
    public boolean readsRows() {
        return false;
    }

    @Override
    public RuleRun start(AuditContext context) {
        int n = context.terminalCount();
        // per terminal, side by side: last approved epoch second, then its local day << 32 | nano
        long[] last = new long[2 * n];
        for (int i = 0; i < n; i++) {
            last[2 * i] = NONE;
        }
        return new GroupRun() {
            @Override
            public long accept(Txn t, int from, int to) {
                long s = 0;
                for (int row = from; row < to; row++) {
                    t.at(row);
                    int i = t.serialIndex();
                    s += i < n ? last[2 * i] : 0;
                }
                for (int row = from; row < to; row++) {
                    t.at(row);
                    accept(t);
                }
                return s;
            }

            @Override
            public void accept(AuditedTransaction t) {
                int i = t.serialIndex();
                if (i >= n || t.result() != TxnResult.APPROVED) {
                    return;
                }
                long s = t.epochSecond();
                long sec = last[2 * i];
                long dayNano = t.localEpochDay() << 32 | t.nano();
                if (s > sec || (s == sec && Long.compareUnsigned(t.nano(), last[2 * i + 1] & 0xFFFFFFFFL) > 0)
                        || (s == sec && t.nano() == (int) last[2 * i + 1] && dayNano > last[2 * i + 1])) {
                    last[2 * i] = s;
                    last[2 * i + 1] = dayNano;
                }
            }

            @Override
            public void finish(FindingSink sink) {
                AuditPolicy policy = context.policy();
                TerminalTable terminals = TerminalTable.of(context);
                long asOf = context.asOf().toEpochDay();
                // a detail depends only on the day and on whether it is a transaction's: each is made once (a few
                // hundred days) and shared by the findings (hundreds of thousands in a large estate)
                Map<Long, String> details = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    if (!terminals.active(i)) {
                        continue;
                    }
                    boolean used = last[2 * i] != NONE;
                    LocalDate activated = used ? null : terminals.activatedAt(i);
                    if (!used && activated == null) {
                        continue;
                    }
                    long since = used ? last[2 * i + 1] >> 32 : activated.toEpochDay();
                    long days = asOf - since;
                    boolean critical = days > policy.dormantCriticalDays();
                    if (critical || days > policy.dormantWarningDays()) {
                        long key = since << 1 | (used ? 1 : 0);
                        String detail = details.get(key);
                        if (detail == null) {
                            detail = detail(used, LocalDate.ofEpochDay(since), days, critical);
                            details.put(key, detail);
                        }
                        sink.add(Finding.of(ID, critical ? Severity.CRITICAL : Severity.WARNING,
                                context.serialAt(i), terminals.merchantNo(i), detail));
                    }
                }
            }

            private String detail(boolean used, LocalDate since, long days, boolean critical) {
                return (used ? "last approved transaction on " + since
                        : "activated on " + since + ", no approved transaction") + ", " + days + " days before "
                        + context.asOf() + (critical ? ": stop service, recover the terminal"
                                : ": re-verify the merchant");
            }
        };
    }
}
