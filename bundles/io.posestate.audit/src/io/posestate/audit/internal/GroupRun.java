package io.posestate.audit.internal;

import io.posestate.audit.api.RuleRun;

/**
 * Implemented by the built-in rule runs: the engine hands them a group of rows in one call, where a plug-in's run
 * gets one {@code accept} call per row. A loop in the run itself calls its own code directly (one call per row and
 * rule through {@link RuleRun}, with several rules behind the call, is an interface dispatch each time), and a run
 * whose state is looked up at random in large tables first reads that state for the whole group in a tight loop,
 * so the cache misses overlap, then handles only the rows it counts.
 */
public interface GroupRun extends RuleRun {

    /**
     * Takes rows {@code [from, to)} of the cursor's batch (moved with {@link Txn#at(int)}) in file order, exactly as
     * {@code accept} one row at a time would.
     *
     * @return a value depending on the memory read ahead (keeps those reads from being optimized away)
     */
    long accept(Txn t, int from, int to);
}
