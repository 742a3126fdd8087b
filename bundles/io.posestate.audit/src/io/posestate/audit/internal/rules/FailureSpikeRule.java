package io.posestate.audit.internal.rules;

import java.time.LocalDate;
import java.util.Arrays;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.FindingSink;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.Spans;
import io.posestate.exchange.TxnResult;

/**
 * FAILURE_SPIKE: one finding per serial (registered or not) and calendar day (each transaction's date in its own
 * offset) with at least the policy's number of transactions (20) of any result of which at least the policy's
 * share (half) FAILED; count = that day's transactions. CRITICAL. State is one slot per (serial, day) in an
 * open-addressing table of primitive arrays.
 */
@Component(service = AuditRule.class)
public final class FailureSpikeRule implements AuditRule {

    public static final String ID = "FAILURE_SPIKE";

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
        return "Days on which a terminal sent many transactions and at least half of them failed";
    }

    @Override
    public RuleRun start(AuditContext context) {
        return new Run(context);
    }

    private static final class Run implements RuleRun {
        private final AuditContext context;
        private final Spans spans = new Spans(1 << 16);
        private long[] keys = new long[1 << 16]; // slot -> serial << 32 | day (+1 so 0 means empty)
        private int[] slotOf = new int[1 << 16];
        private int[] failed = new int[1 << 16];
        private int used;

        Run(AuditContext context) {
            this.context = context;
        }

        @Override
        public void accept(AuditedTransaction t) {
            long key = (((long) t.serialIndex()) << 32 | (t.localEpochDay() & 0xFFFFFFFFL)) + 1;
            int slot = slot(key);
            if (t.row().result() == TxnResult.FAILED) {
                failed[slot]++;
            }
            spans.add(slot, t);
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            for (int h = mix(key) & mask;; h = (h + 1) & mask) {
                if (keys[h] == key) {
                    return slotOf[h];
                }
                if (keys[h] == 0) {
                    keys[h] = key;
                    int s = used++;
                    slotOf[h] = s;
                    if (s >= failed.length) {
                        failed = Arrays.copyOf(failed, failed.length * 2);
                    }
                    if (used * 2 > keys.length) {
                        rehash();
                    }
                    return s;
                }
            }
        }

        private void rehash() {
            long[] k = new long[keys.length * 2];
            int[] s = new int[k.length];
            int mask = k.length - 1;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    int h = mix(keys[i]) & mask;
                    while (k[h] != 0) {
                        h = (h + 1) & mask;
                    }
                    k[h] = keys[i];
                    s[h] = slotOf[i];
                }
            }
            keys = k;
            slotOf = s;
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }

        @Override
        public void finish(FindingSink sink) {
            AuditPolicy policy = context.policy();
            for (int h = 0; h < keys.length; h++) {
                if (keys[h] == 0) {
                    continue;
                }
                int slot = slotOf[h];
                int total = spans.count(slot);
                if (total >= policy.spikeMinTransactions() && policy.failedShareReached(failed[slot], total)) {
                    long key = keys[h] - 1;
                    int serial = (int) (key >>> 32);
                    LocalDate day = LocalDate.ofEpochDay((int) key);
                    String merchant = serial < context.terminalCount() ? context.terminalAt(serial).merchantNo()
                            : null;
                    sink.add(new Finding(ID, Severity.CRITICAL, context.serialAt(serial), merchant, (long) total,
                            spans.first(slot), spans.last(slot),
                            failed[slot] + " of " + total + " transactions FAILED on " + day));
                }
            }
        }
    }
}
