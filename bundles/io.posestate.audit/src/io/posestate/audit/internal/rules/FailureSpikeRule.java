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
import io.posestate.audit.internal.EstateContext;
import io.posestate.audit.internal.Prefetching;
import io.posestate.audit.internal.Txn;
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
    public boolean readsRows() {
        return false;
    }

    @Override
    public RuleRun start(AuditContext context) {
        return new Run(context);
    }

    /**
     * One entry per (serial, local day): the key, the day's total and FAILED counts, and its earliest and latest
     * time packed into one long each (second of the local day, offset, nano; the day is in the key), side by side.
     * Entries live in 64 independently growing open-addressing segments, so growing never copies more than 1/64
     * of the table; 10M (serial, day) pairs take about 0.5 GB.
     */
    private static final class Run implements RuleRun, Prefetching {
        private static final int SEGMENTS = 64;
        private static final long EMPTY = 0;
        /** Longs per entry, side by side so one entry is one cache line: key, counts, first, last. */
        private static final int STRIDE = 4;

        private final AuditContext context;
        private final long[][] tables = new long[SEGMENTS][];
        private final int[] sizes = new int[SEGMENTS];

        /** Entries sized up front: at most one per transaction, capped (beyond, segments grow). */
        private static final long MAX_PRESIZED = 1 << 23; // 512 MB; beyond, segments grow as pairs appear

        Run(AuditContext context) {
            this.context = context;
            long expected = Math.min(MAX_PRESIZED, EstateContext.expectedTransactions(context));
            int perSegment = 1 << 10;
            while (perSegment * 3L < expected * 4 / SEGMENTS) {
                perSegment <<= 1;
            }
            for (int s = 0; s < SEGMENTS; s++) {
                tables[s] = new long[perSegment * STRIDE];
            }
        }

        private static long key(AuditedTransaction t) {
            return (((long) t.serialIndex()) << 32 | (t.localEpochDay() & 0xFFFFFFFFL)) + 1; // never EMPTY
        }

        @Override
        public long prefetch(Txn t, int from, int to) {
            long s = 0;
            for (int row = from; row < to; row++) {
                t.at(row);
                long h = mix(key(t));
                long[] table = tables[(int) (h >>> 58)];
                s += table[((int) h & (table.length / STRIDE - 1)) * STRIDE];
            }
            return s;
        }

        @Override
        public void accept(AuditedTransaction t) {
            long day = t.localEpochDay();
            long key = key(t);
            long h = mix(key);
            int s = (int) (h >>> 58);
            long[] table = tables[s];
            int mask = table.length / STRIDE - 1;
            int i = ((int) h & mask) * STRIDE;
            while (table[i] != key && table[i] != EMPTY) {
                i = (i + STRIDE) & (table.length - 1);
            }
            long time = pack(t, day);
            long failed = t.result() == TxnResult.FAILED ? 1 : 0;
            if (table[i] == EMPTY) {
                table[i] = key;
                table[i + 1] = (1L << 32) | failed;
                table[i + 2] = time;
                table[i + 3] = time;
                if (++sizes[s] * 4 > (mask + 1) * 3) {
                    grow(s);
                }
                return;
            }
            table[i + 1] += (1L << 32) | failed;
            if (Long.compare(order(time), order(table[i + 2])) < 0) {
                table[i + 2] = time;
            }
            if (Long.compare(order(time), order(table[i + 3])) > 0) {
                table[i + 3] = time;
            }
        }

        private void grow(int s) {
            long[] old = tables[s];
            long[] table = new long[old.length * 2];
            int mask = table.length / STRIDE - 1;
            for (int j = 0; j < old.length; j += STRIDE) {
                if (old[j] != EMPTY) {
                    int i = ((int) mix(old[j]) & mask) * STRIDE;
                    while (table[i] != EMPTY) {
                        i = (i + STRIDE) & (table.length - 1);
                    }
                    System.arraycopy(old, j, table, i, STRIDE);
                }
            }
            tables[s] = table;
        }

        @Override
        public void finish(FindingSink sink) {
            AuditPolicy policy = context.policy();
            for (long[] table : tables) {
                for (int i = 0; i < table.length; i += STRIDE) {
                    if (table[i] == EMPTY) {
                        continue;
                    }
                    int total = (int) (table[i + 1] >>> 32);
                    int failed = (int) table[i + 1];
                    if (total < policy.spikeMinTransactions() || !policy.failedShareReached(failed, total)) {
                        continue;
                    }
                    long key = table[i] - 1;
                    int serial = (int) (key >>> 32);
                    long day = (int) key;
                    String merchant = serial < context.terminalCount() ? context.terminalAt(serial).merchantNo()
                            : null;
                    sink.add(new Finding(ID, Severity.CRITICAL, context.serialAt(serial), merchant, (long) total,
                            unpack(table[i + 2], day), unpack(table[i + 3], day),
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
