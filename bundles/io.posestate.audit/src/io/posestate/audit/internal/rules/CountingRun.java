package io.posestate.audit.internal.rules;

import java.time.OffsetDateTime;
import java.util.Arrays;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.FindingSink;
import io.posestate.audit.internal.GroupRun;
import io.posestate.audit.internal.Spans;
import io.posestate.audit.internal.TerminalTable;
import io.posestate.audit.internal.Txn;

/**
 * The shape shared by the per-terminal rules: count the transactions a predicate selects per serial index and
 * report one finding per serial with at least one, carrying count, first and last time.
 */
abstract class CountingRun implements GroupRun {

    protected final AuditContext context;
    /** The registered terminals. */
    protected final TerminalTable terminals;
    /** Dense slots for the serials with counted transactions (usually few of all terminals). */
    private final Spans spans = new Spans(1024);
    private int[] slotOf = new int[0]; // serial index -> slot + 1 (0 = none yet)
    private int[] serialOf = new int[1024];
    private int used;
    private final StringBuilder detail = new StringBuilder(128);

    CountingRun(AuditContext context) {
        this.context = context;
        this.terminals = TerminalTable.of(context);
    }

    /**
     * The group call of {@link GroupRun}, which each rule implements as {@code return countGroup(t, from, to);}:
     * inlined into the rule's own method, this loop calls a {@link #counts} the JIT knows (the rule's class) and
     * inlines, where one loop here, shared by four rules, made a virtual call per row and rule.
     */
    protected final long countGroup(Txn t, int from, int to) {
        for (int row = from; row < to; row++) {
            t.at(row);
            if (counts(t)) { // not through accept: once compiled on its own, that was too big to inline here
                count(t);
            }
        }
        return 0;
    }

    @Override
    public final void accept(AuditedTransaction t) {
        if (counts(t)) {
            count(t);
        }
    }

    /** Counts a transaction the rule selects (apart: most are not). */
    private void count(AuditedTransaction t) {
        int before = used;
        int slot = slot(t.serialIndex());
        onCounted(t, used > before);
        spans.add(slot, t);
    }

    private int slot(int serial) {
        if (serial >= slotOf.length) {
            slotOf = Arrays.copyOf(slotOf, Math.max(serial + 1, Math.max(context.terminalCount(),
                    slotOf.length * 3 / 2)));
        }
        int slot = slotOf[serial] - 1;
        if (slot < 0) {
            slot = used++;
            slotOf[serial] = slot + 1;
            if (slot == serialOf.length) {
                serialOf = Arrays.copyOf(serialOf, slot * 2);
            }
            serialOf[slot] = serial;
        }
        return slot;
    }

    /** Whether this transaction counts for the rule. */
    protected abstract boolean counts(AuditedTransaction t);

    /**
     * Called for each counted transaction before it is added (e.g. to keep a detail), {@code first} for the first
     * one of its serial.
     */
    protected void onCounted(AuditedTransaction t, boolean first) {
    }

    /**
     * One finding per counted serial, in serial index order: registry order, which is serial_number order when the
     * registry is (an export is), so the engine's sort of the findings finds them in order instead of merging runs;
     * and the per-terminal columns are read in order.
     */
    @Override
    public void finish(FindingSink sink) {
        int[] serials = Arrays.copyOf(serialOf, used);
        Arrays.sort(serials);
        for (int serial : serials) {
            int slot = slotOf[serial] - 1;
            int count = spans.count(slot);
            OffsetDateTime first = spans.first(slot);
            // most findings count one transaction, whose time is then the first and the last
            sink.add(finding(serial, count, first, count == 1 ? first : spans.last(slot)));
        }
        // dropped as DUPLICATE_SIGNATURE's tables: the run may be in the old generation, the arrays grown while
        // streaming are not, and would be copied there by the next young collection
        spans.clear();
        slotOf = null;
        serialOf = null;
    }

    protected abstract Finding finding(int serialIndex, long count, OffsetDateTime first, OffsetDateTime last);

    /** The merchant the terminal at a serial index is bound to (null if unknown or unbound). */
    protected String boundMerchant(int serialIndex) {
        return serialIndex < terminals.size() ? terminals.merchantNo(serialIndex) : null;
    }

    /**
     * A detail that begins "n word" or "n words", to go on with: the run's one builder (a run finishes on one thread),
     * emptied. The rules' details are built on StringBuilders: a string concatenation is linked (method handles spun)
     * at its first run and its handles compiled on the way, a cost above what the details of a finish take.
     */
    protected StringBuilder plural(long n, String word) {
        detail.setLength(0);
        return detail.append(n).append(' ').append(word).append(n == 1 ? "" : "s");
    }
}
