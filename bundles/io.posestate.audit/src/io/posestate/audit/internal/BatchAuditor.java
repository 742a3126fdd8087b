package io.posestate.audit.internal;

import java.util.Arrays;

import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.RuleRun;

/**
 * Runs every rule over a batch of transactions (serial indexes already given by the parser thread), a group of rows
 * at a time: the built-in rules take the group in one call ({@link GroupRun}), plug-ins one call per row. Looking up
 * per-terminal state of a million terminals at random is bound by memory latency, so the terminal facts of a group
 * are read first in a pass whose loads do not depend on each other (as the rules that keep state per terminal do in
 * theirs); the CPU overlaps those misses, and the rules then find their data in cache.
 */
final class BatchAuditor {

    private final EstateContext context;
    private final GroupRun[] groupRuns;
    /** The other runs that read transactions, called per row. */
    private final RuleRun[] rowRuns;
    private final Txn txn;
    private long audited;
    /** Keeps the prefetch loads from being optimized away. */
    private long sink;

    BatchAuditor(EstateContext context, RuleRun[] runs) {
        this.context = context;
        this.groupRuns = Arrays.stream(runs).filter(GroupRun.class::isInstance).map(GroupRun.class::cast)
                .toArray(GroupRun[]::new);
        this.rowRuns = Arrays.stream(runs).filter(r -> !(r instanceof GroupRun) && readsTransactions(r))
                .toArray(RuleRun[]::new);
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
        for (GroupRun run : groupRuns) {
            s += run.accept(t, from, to);
        }
        // rule by rule: the call site then sees one rule for a whole group, whose calls the CPU predicts
        for (RuleRun run : rowRuns) {
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
