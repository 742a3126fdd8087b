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

    void audit(TransactionRow[] batch) {
        int n = 0;
        while (n < batch.length && batch[n] != null) {
            n++;
        }
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += serials.touch(batch[i].serialNumber());
        }
        long[] facts = context.facts;
        for (int i = 0; i < n; i++) {
            int index = serials.add(batch[i].serialNumber());
            txns[i].set(batch[i], index, context.terminalArray);
            if (index < facts.length) {
                s += facts[index];
            }
        }
        for (Prefetching p : prefetching) {
            for (int i = 0; i < n; i++) {
                s += p.prefetch(txns[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            Txn t = txns[i];
            for (RuleRun run : runs) {
                run.accept(t);
            }
        }
        audited += n;
        sink += s;
    }

    long audited() {
        return audited;
    }
}
