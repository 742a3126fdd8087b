package io.posestate.audit.internal.rules;

import java.time.OffsetDateTime;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.FindingSink;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.internal.Spans;

/**
 * The shape shared by the per-terminal rules: count the transactions a predicate selects per serial index and
 * report one finding per serial with at least one, carrying count, first and last time.
 */
abstract class CountingRun implements RuleRun {

    protected final AuditContext context;
    protected final Spans spans;

    CountingRun(AuditContext context) {
        this.context = context;
        this.spans = new Spans(context.terminalCount());
    }

    @Override
    public void accept(AuditedTransaction t) {
        if (counts(t)) {
            onCounted(t);
            spans.add(t.serialIndex(), t);
        }
    }

    /** Whether this transaction counts for the rule. */
    protected abstract boolean counts(AuditedTransaction t);

    /** Called for each counted transaction before it is added (e.g. to keep a detail). */
    protected void onCounted(AuditedTransaction t) {
    }

    @Override
    public void finish(FindingSink sink) {
        for (int i = 0; i < spans.capacity(); i++) {
            int n = spans.count(i);
            if (n > 0) {
                sink.add(finding(i, n, spans.first(i), spans.last(i)));
            }
        }
    }

    protected abstract Finding finding(int serialIndex, long count, OffsetDateTime first, OffsetDateTime last);

    /** The merchant the terminal at a serial index is bound to (null if unknown or unbound). */
    protected String boundMerchant(int serialIndex) {
        return serialIndex < context.terminalCount() ? context.terminalAt(serialIndex).merchantNo() : null;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
