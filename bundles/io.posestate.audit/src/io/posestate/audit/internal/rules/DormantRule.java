package io.posestate.audit.internal.rules;

import java.time.LocalDate;
import java.util.Arrays;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
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
                TerminalTable terminals = TerminalTable.of(context);
                Dormant dormant = new Dormant();
                // dormant from the warning threshold on (the policy keeps it at most the critical one)
                long latest = context.asOf().toEpochDay() - context.policy().dormantWarningDays();
                // two small loops rather than one that inlines the findings' making into a scan of every terminal:
                // the JIT compiles that once-run loop on-stack, and a large body cost it more than the loop ran
                for (int i = 0; i < n; i++) {
                    long since = since(terminals, i);
                    if (since != NONE && since >> 1 < latest) {
                        dormant.add(i, since);
                    }
                }
                Details details = new Details(context, dormant);
                for (int k = 0; k < dormant.size; k++) {
                    int i = dormant.terminals[k];
                    sink.add(details.finding(context.serialAt(i), terminals.merchantNo(i), dormant.since[k]));
                }
            }

            /**
             * An ACTIVE terminal's last approved transaction's local day << 1 | 1, or its activated_at day << 1;
             * {@link #NONE} if it is not active or has neither.
             */
            private long since(TerminalTable terminals, int i) {
                if (!terminals.active(i)) {
                    return NONE;
                }
                if (last[2 * i] != NONE) {
                    return (last[2 * i + 1] >> 32) << 1 | 1;
                }
                int activated = terminals.activatedEpochDay(i);
                return activated == TerminalTable.NO_DATE ? NONE : (long) activated << 1;
            }
        };
    }

    /** The dormant terminals in index order, each with its day << 1 | 1 if that is a transaction's. */
    private static final class Dormant {
        int[] terminals = new int[1024];
        long[] since = new long[1024];
        int size;

        void add(int terminal, long day) {
            if (size == terminals.length) {
                terminals = Arrays.copyOf(terminals, size * 2);
                since = Arrays.copyOf(since, size * 2);
            }
            terminals[size] = terminal;
            since[size++] = day;
        }
    }

    /**
     * Makes the findings. A detail depends only on the day and on whether it is a transaction's: each distinct one
     * is made once up front (a few hundred days) and shared by the findings (hundreds of thousands in a large
     * estate). Made in the findings' loop, the text building was called often enough for the JIT to inline it there.
     * The details sit in a table over the range of days, two slots a day (a decade of activation dates is 7,300
     * slots): a sort of every finding's day and a binary search per finding took most of this rule's finish.
     */
    private static final class Details {
        private final AuditContext context;
        private final long asOf;
        private final int criticalDays;
        /** The detail of each day << 1 | kind at {@code texts[day << 1 | kind - first]}, null where none is dormant. */
        private final long first;
        private final String[] texts;

        Details(AuditContext context, Dormant dormant) {
            this.context = context;
            this.asOf = context.asOf().toEpochDay();
            this.criticalDays = context.policy().dormantCriticalDays();
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int k = 0; k < dormant.size; k++) {
                min = Math.min(min, dormant.since[k]);
                max = Math.max(max, dormant.since[k]);
            }
            first = min;
            texts = new String[dormant.size == 0 ? 0 : Math.toIntExact(max - min + 1)];
            for (int k = 0; k < dormant.size; k++) {
                int at = (int) (dormant.since[k] - first);
                if (texts[at] == null) {
                    texts[at] = make(dormant.since[k]);
                }
            }
        }

        Finding finding(String serial, String merchantNo, long since) {
            boolean critical = asOf - (since >> 1) > criticalDays;
            return Finding.of(ID, critical ? Severity.CRITICAL : Severity.WARNING, serial, merchantNo,
                    texts[(int) (since - first)]);
        }

        private String make(long since) {
            boolean used = (since & 1) != 0;
            LocalDate day = LocalDate.ofEpochDay(since >> 1);
            long days = asOf - (since >> 1);
            StringBuilder detail = new StringBuilder(96);
            if (used) {
                detail.append("last approved transaction on ").append(day);
            } else {
                detail.append("activated on ").append(day).append(", no approved transaction");
            }
            return detail.append(", ").append(days).append(" days before ").append(context.asOf())
                    .append(days > criticalDays ? ": stop service, recover the terminal" : ": re-verify the merchant")
                    .toString();
        }
    }
}
