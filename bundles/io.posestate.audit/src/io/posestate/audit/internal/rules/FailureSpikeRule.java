package io.posestate.audit.internal.rules;

import java.time.LocalDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.FindingSink;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.Prefetching;
import io.posestate.exchange.TxnResult;

/**
 * FAILURE_SPIKE: one finding per serial (registered or not) and calendar day (each transaction's date in its own
 * offset) with at least the policy's number of transactions (20) of any result of which at least the policy's
 * share (half) FAILED; count = that day's transactions. CRITICAL.
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

    /**
     * One entry per (serial, local day): the key, the day's total and FAILED counts, and its earliest and latest
     * time packed into one long each (second of the local day, offset, nano; the day is in the key). Entries live
     * in 64 independently growing open-addressing segments, so growing never copies more than 1/64 of the table
     * and 10M (serial, day) pairs take about 0.5 GB.
     */
    private static final class Run implements RuleRun, Prefetching {
        private static final int SEGMENTS = 64;
        private static final long EMPTY = 0;

        private final AuditContext context;
        private final long[][] keys = new long[SEGMENTS][];
        private final long[][] counts = new long[SEGMENTS][]; // total << 32 | failed
        private final long[][] first = new long[SEGMENTS][];
        private final long[][] last = new long[SEGMENTS][];
        private final int[] sizes = new int[SEGMENTS];

        Run(AuditContext context) {
            this.context = context;
            for (int s = 0; s < SEGMENTS; s++) {
                allocate(s, 1 << 10);
            }
        }

        private void allocate(int s, int capacity) {
            keys[s] = new long[capacity];
            counts[s] = new long[capacity];
            first[s] = new long[capacity];
            last[s] = new long[capacity];
        }

        @Override
        public long prefetch(AuditedTransaction t) {
            long key = (((long) t.serialIndex()) << 32 | (t.localEpochDay() & 0xFFFFFFFFL)) + 1;
            long h = mix(key);
            long[] k = keys[(int) (h >>> 58)];
            int i = (int) h & (k.length - 1);
            return k[i] + counts[(int) (h >>> 58)][i];
        }

        @Override
        public void accept(AuditedTransaction t) {
            long day = t.localEpochDay();
            long key = (((long) t.serialIndex()) << 32 | (day & 0xFFFFFFFFL)) + 1; // never EMPTY
            long h = mix(key);
            int s = (int) (h >>> 58);
            long[] k = keys[s];
            int mask = k.length - 1;
            int i = (int) h & mask;
            while (k[i] != key && k[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            long time = pack(t, day);
            long failed = t.row().result() == TxnResult.FAILED ? 1 : 0;
            if (k[i] == EMPTY) {
                k[i] = key;
                counts[s][i] = (1L << 32) | failed;
                first[s][i] = time;
                last[s][i] = time;
                if (++sizes[s] * 4 > k.length * 3) {
                    grow(s);
                }
                return;
            }
            counts[s][i] += (1L << 32) | failed;
            if (Long.compare(order(time), order(first[s][i])) < 0) {
                first[s][i] = time;
            }
            if (Long.compare(order(time), order(last[s][i])) > 0) {
                last[s][i] = time;
            }
        }

        private void grow(int s) {
            long[] k = keys[s];
            long[] c = counts[s];
            long[] f = first[s];
            long[] l = last[s];
            allocate(s, k.length * 2);
            int mask = keys[s].length - 1;
            for (int j = 0; j < k.length; j++) {
                if (k[j] != EMPTY) {
                    int i = (int) mix(k[j]) & mask;
                    while (keys[s][i] != EMPTY) {
                        i = (i + 1) & mask;
                    }
                    keys[s][i] = k[j];
                    counts[s][i] = c[j];
                    first[s][i] = f[j];
                    last[s][i] = l[j];
                }
            }
        }

        @Override
        public void finish(FindingSink sink) {
            AuditPolicy policy = context.policy();
            for (int s = 0; s < SEGMENTS; s++) {
                long[] k = keys[s];
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == EMPTY) {
                        continue;
                    }
                    int total = (int) (counts[s][i] >>> 32);
                    int failed = (int) counts[s][i];
                    if (total < policy.spikeMinTransactions() || !policy.failedShareReached(failed, total)) {
                        continue;
                    }
                    long key = k[i] - 1;
                    int serial = (int) (key >>> 32);
                    long day = (int) key;
                    String merchant = serial < context.terminalCount() ? context.terminalAt(serial).merchantNo()
                            : null;
                    sink.add(new Finding(ID, Severity.CRITICAL, context.serialAt(serial), merchant, (long) total,
                            unpack(first[s][i], day), unpack(last[s][i], day),
                            failed + " of " + total + " transactions FAILED on " + LocalDate.ofEpochDay(day)));
                }
            }
        }
    }

    private static final long SECONDS_PER_DAY = 86_400;
    private static final int MAX_OFFSET_MINUTES = 18 * 60;

    /** Second of the local day (17 bits), offset in minutes + 18h (12 bits), nano (30 bits). */
    static long pack(AuditedTransaction t, long day) {
        long localSecond = t.epochSecond() + t.offsetSeconds() - day * SECONDS_PER_DAY;
        long offset = t.offsetSeconds() / 60 + MAX_OFFSET_MINUTES;
        return localSecond << 42 | offset << 30 | t.nano();
    }

    /** A packed time as a number that orders like the instant (within one local day, offsets differing). */
    static long order(long packed) {
        long localSecond = packed >>> 42;
        long offsetSeconds = (((packed >>> 30) & 0xFFF) - MAX_OFFSET_MINUTES) * 60;
        return (localSecond - offsetSeconds) * 1_000_000_000L + (packed & 0x3FFFFFFF);
    }

    static OffsetDateTime unpack(long packed, long day) {
        long localSecond = packed >>> 42;
        int offsetSeconds = (int) ((((packed >>> 30) & 0xFFF) - MAX_OFFSET_MINUTES) * 60);
        long epochSecond = day * SECONDS_PER_DAY + localSecond - offsetSeconds;
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, packed & 0x3FFFFFFF),
                ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
