package io.posestate.audit.internal;

import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.RuleRun;

/**
 * Runs every rule over a batch of transactions (serial indexes already given by the parser thread). Looking up
 * per-terminal state of a million terminals at random is bound by memory latency, so each group of rows first goes
 * through passes whose loads do not depend on each other (the terminal facts, state of rule runs that implement
 * {@link Prefetching}); the CPU overlaps those misses, and the rules then find their data in cache.
 */
final class BatchAuditor {

    private final EstateContext context;
    private final RuleRun[] runs;
    private final Prefetching[] prefetching;
    private final Txn txn;
    private long audited;
    /** Keeps the prefetch loads from being optimized away. */
    private long sink;

    BatchAuditor(EstateContext context, RuleRun[] runs) {
        this.context = context;
        this.runs = java.util.Arrays.stream(runs).filter(BatchAuditor::readsTransactions).toArray(RuleRun[]::new);
        this.prefetching = java.util.Arrays.stream(runs).filter(Prefetching.class::isInstance)
                .map(Prefetching.class::cast).toArray(Prefetching[]::new);
        this.txn = new Txn(context);
    }

    /** Rows whose prefetched lines (a few per row) still fit in a core's L2 cache when the rules run. */
    private static final int GROUP = 256;

    void audit(TransactionPipeline.Batch batch) {
        for (int from = 0; from < batch.size; from += GROUP) {
            auditGroup(batch, from, Math.min(batch.size, from + GROUP));
        }
        audited += batch.size;
        sink += batch.touched;
    }

    private void auditGroup(TransactionPipeline.Batch batch, int from, int to) {
        long s = 0;
        long[] facts = context.facts;
        int[] serials = batch.serials;
        for (int i = from; i < to; i++) {
            int index = serials[i];
            if (index < facts.length) {
                s += facts[index];
            }
        }
        Txn t = txn;
        t.at(batch, from);
        for (Prefetching p : prefetching) {
            s += p.prefetch(t, from, to);
        }
        // rule by rule: each call site then sees one rule for a whole group, whose calls the CPU predicts
        for (RuleRun run : runs) {
            for (int i = from; i < to; i++) {
                t.at(i);
                run.accept(t);
            }
        }
        sink += s;
    }

    /** Whether a run overrides {@link RuleRun#accept}: the default one does nothing and is not called per row. */
    private static boolean readsTransactions(RuleRun run) {
        try {
            return run.getClass().getMethod("accept", AuditedTransaction.class).getDeclaringClass() != RuleRun.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    long audited() {
        return audited;
    }
}
