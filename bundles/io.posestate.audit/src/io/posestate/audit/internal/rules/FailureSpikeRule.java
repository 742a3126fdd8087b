package io.posestate.audit.internal.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.FindingSink;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.EstateContext;
import io.posestate.audit.internal.GroupRun;
import io.posestate.audit.internal.Spans;
import io.posestate.audit.internal.TerminalTable;
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
     * Partitioned aggregation: while streaming, each transaction is appended as two longs (serial << 32 | local day,
     * and its packed time with a FAILED bit) to one of {@link #PARTITIONS} arrays chosen by its serial, so the
     * writes stay in a few hundred cache lines instead of one random miss per transaction in a table of millions of
     * (serial, day) pairs. At the end each partition, small enough for the L2 cache, is counted in its own hash
     * table. 10M transactions take 160 MB while streaming; each partition is released once counted.
     */
    private static final class Run implements GroupRun {
        private static final int PARTITION_BITS = 8;
        private static final int PARTITIONS = 1 << PARTITION_BITS;

        private final AuditContext context;
        private final TerminalTable terminals;
        private final long[][] parts = new long[PARTITIONS][];
        private final int[] used = new int[PARTITIONS];

        Run(AuditContext context) {
            this.context = context;
            this.terminals = TerminalTable.of(context);
            long expected = EstateContext.expectedTransactions(context);
            // two longs a transaction, a little above the expected share (grows beyond)
            int initial = (int) Math.min(1 << 24, Math.max(256, 2 * (expected + expected / 8) / PARTITIONS));
            for (int p = 0; p < PARTITIONS; p++) {
                parts[p] = new long[initial];
            }
        }

        @Override
        public long accept(Txn t, int from, int to) {
            for (int row = from; row < to; row++) {
                t.at(row);
                accept(t);
            }
            return 0;
        }

        @Override
        public void accept(AuditedTransaction t) {
            long day = t.localEpochDay();
            int serial = t.serialIndex();
            int p = (serial * 0x9E3779B9) >>> (32 - PARTITION_BITS);
            long[] part = parts[p];
            int n = used[p];
            if (n + 2 > part.length) {
                part = parts[p] = java.util.Arrays.copyOf(part, n + 2 + (n >> 1));
            }
            part[n] = ((long) serial) << 32 | (day & 0xFFFFFFFFL);
            part[n + 1] = pack(t, day) | (t.result() == TxnResult.FAILED ? FAILED : 0);
            used[p] = n + 2;
        }

        @Override
        public void finish(FindingSink sink) {
            int least = context.policy().spikeMinTransactions();
            DayCounts days = new DayCounts();
            // the unregistered serials come after the registered ones (the array grows for them)
            SerialCounts perSerial = new SerialCounts(context.terminalCount() + 1024);
            // each step is its own method with a small loop: one loop over all partitions, inlining every step and
            // the findings' making, was compiled on-stack at a cost above what the loop ran
            for (int p = 0; p < PARTITIONS; p++) {
                long[] part = parts[p];
                int n = used[p];
                parts[p] = null;
                // a day can only reach the minimum if its serial does: most transactions are left out here
                perSerial.count(part, n);
                days.count(part, perSerial.keepAtLeast(part, n, least));
                report(days, least, sink);
            }
        }

        private void report(DayCounts days, int least, FindingSink sink) {
            long[] table = days.table;
            int size = days.slots * DayCounts.STRIDE;
            for (int i = 0; i < size; i += DayCounts.STRIDE) {
                if (table[i] != 0 && (int) (table[i + 1] >>> 32) >= least) {
                    report(table, i, sink);
                }
            }
        }

        /** Out of line (rare): a day with the minimum of transactions, reported if enough of them FAILED. */
        private void report(long[] table, int i, FindingSink sink) {
            int total = (int) (table[i + 1] >>> 32);
            int failed = (int) table[i + 1];
            if (!context.policy().failedShareReached(failed, total)) {
                return;
            }
            long key = table[i] - 1;
            int serial = (int) (key >>> 32);
            long day = (int) key;
            String merchant = serial < terminals.size() ? terminals.merchantNo(serial) : null;
            sink.add(new Finding(ID, Severity.CRITICAL, context.serialAt(serial), merchant, (long) total,
                    unpack(table[i + 2], day), unpack(table[i + 3], day),
                    new StringBuilder(64).append(failed).append(" of ").append(total)
                            .append(" transactions FAILED on ").append(LocalDate.ofEpochDay(day)).toString()));
        }
    }

    /**
     * Per (serial, day) of one partition, open addressing: key + 1 (0 = empty), total << 32 | failed, earliest and
     * latest packed time. Sized for the partition's entries up to a cap and grown beyond, so one serial with millions
     * of transactions on a few days does not size a table for millions of days.
     */
    private static final class DayCounts {
        /** Longs per entry: key, counts, first, last. */
        static final int STRIDE = 4;
        private static final int PRESIZED = 1 << 20;

        long[] table = new long[0];
        int slots;
        private int size;

        /** Counts the {@code n / 2} entries of {@code part} (key, packed time with the FAILED bit). */
        void count(long[] part, int n) {
            clear(n / 2);
            for (int e = 0; e < n; e += 2) {
                add(part[e] + 1, part[e + 1] & ~FAILED, (part[e + 1] & FAILED) != 0 ? 1 : 0);
            }
        }

        private void clear(int entries) {
            slots = Integer.highestOneBit(Math.max(16, Math.min(entries, PRESIZED))) * 2;
            if (table.length < slots * STRIDE) {
                table = new long[slots * STRIDE];
            } else {
                java.util.Arrays.fill(table, 0, slots * STRIDE, 0);
            }
            size = 0;
        }

        private void add(long key, long time, long failed) {
            int i = find(table, slots, key);
            if (table[i] == 0) {
                table[i] = key;
                table[i + 1] = (1L << 32) | failed;
                table[i + 2] = time;
                table[i + 3] = time;
                if (++size * 2 > slots) {
                    grow();
                }
                return;
            }
            table[i + 1] += (1L << 32) | failed;
            if (order(time) < order(table[i + 2])) {
                table[i + 2] = time;
            }
            if (order(time) > order(table[i + 3])) {
                table[i + 3] = time;
            }
        }

        private void grow() {
            long[] old = table;
            int oldEnd = slots * STRIDE;
            slots *= 2;
            table = new long[slots * STRIDE];
            for (int j = 0; j < oldEnd; j += STRIDE) {
                if (old[j] != 0) {
                    System.arraycopy(old, j, table, find(table, slots, old[j]), STRIDE);
                }
            }
        }

        private static int find(long[] table, int slots, long key) {
            int i = ((int) mix(key) & (slots - 1)) * STRIDE;
            while (table[i] != key && table[i] != 0) {
                i = (i + STRIDE) & (slots * STRIDE - 1);
            }
            return i;
        }
    }

    /**
     * Transactions per serial, in an array indexed by serial. A serial is in one partition only, so the counts of
     * one partition never meet another's: the array is filled once, never cleared, and a count is one increment
     * instead of a probe of a hash table per partition (cleared for each; 4 MB for a million serials, the L3 cache
     * holds it and a partition's serials stay in L2).
     */
    private static final class SerialCounts {
        private int[] counts;

        SerialCounts(int serials) {
            counts = new int[serials];
        }

        /** Counts the serials of the {@code n / 2} entries of {@code part}. */
        void count(long[] part, int n) {
            for (int e = 0; e < n; e += 2) {
                int serial = (int) (part[e] >>> 32);
                if (serial >= counts.length) {
                    counts = java.util.Arrays.copyOf(counts, Math.max(serial + 1, counts.length * 3 / 2));
                }
                counts[serial]++;
            }
        }

        /**
         * Moves the entries of the counted {@code part} whose serial has at least {@code least} transactions to its
         * front, in order; returns their length in longs.
         */
        int keepAtLeast(long[] part, int n, int least) {
            int kept = 0;
            for (int e = 0; e < n; e += 2) {
                if (counts[(int) (part[e] >>> 32)] >= least) {
                    part[kept++] = part[e];
                    part[kept++] = part[e + 1];
                }
            }
            return kept;
        }
    }

    /** Set in a packed time of a FAILED transaction while it waits in its partition. */
    private static final long FAILED = 1L << 62;
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
        return Spans.time(epochSecond, (int) (packed & 0x3FFFFFFF), offsetSeconds);
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
