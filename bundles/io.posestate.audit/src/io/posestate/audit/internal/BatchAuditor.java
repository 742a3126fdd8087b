package io.posestate.audit.internal;

import io.posestate.audit.api.RuleRun;
import io.posestate.exchange.TransactionRow;

/**
 * Runs every rule over a batch of transactions. Looking up a million serials and per-terminal state at random
 * is bound by memory latency, so each batch first goes through passes whose loads do not depend on each other
 * (the serial table, the terminal facts, state of rule runs that implement {@link Prefetching}); the CPU overlaps those
 * misses, and the rules then find their data in cache.
 */
final class BatchAuditor {

    private final EstateContext context;
    private final StringIndex serials;
    private final RuleRun[] runs;
    private final Prefetching[] prefetching;
    private final Txn[] txns = new Txn[TransactionPipeline.BATCH];
    private long audited;
    /** Keeps the prefetch loads from being optimized away. */
    private long sink;

    BatchAuditor(EstateContext context, RuleRun[] runs) {
        this.context = context;
        this.serials = context.serials;
        this.runs = runs;
        this.prefetching = java.util.Arrays.stream(runs).filter(Prefetching.class::isInstance)
                .map(Prefetching.class::cast).toArray(Prefetching[]::new);
        for (int i = 0; i < txns.length; i++) {
            txns[i] = new Txn();
        }
    }

    /** Rows whose prefetched lines (a few per row) still fit in a core's L2 cache when the rules run. */
    private static final int GROUP = 256;

    void audit(TransactionRow[] batch) {
        int n = 0;
        while (n < batch.length && batch[n] != null) {
            n++;
        }
        for (int from = 0; from < n; from += GROUP) {
            auditGroup(batch, from, Math.min(n, from + GROUP));
        }
        audited += n;
    }

    private void auditGroup(TransactionRow[] batch, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += serials.touch(batch[i].serialNumber());
        }
        long[] facts = context.facts;
        for (int i = from; i < to; i++) {
            int index = serials.add(batch[i].serialNumber());
            txns[i].set(batch[i], index, context.terminalArray);
            if (index < facts.length) {
                s += facts[index];
            }
        }
        for (Prefetching p : prefetching) {
            for (int i = from; i < to; i++) {
                s += p.prefetch(txns[i]);
            }
        }
        for (int i = from; i < to; i++) {
            Txn t = txns[i];
            for (RuleRun run : runs) {
                run.accept(t);
            }
        }
        sink += s;
    }

    long audited() {
        return audited;
    }
}
