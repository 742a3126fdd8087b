package io.posestate.audit.internal;

import io.posestate.audit.api.AuditedTransaction;

/**
 * Implemented by built-in rule runs whose per-transaction state is looked up at random in large tables: the
 * engine calls {@link #prefetch} for a whole batch before {@code accept}, so the cache misses overlap.
 */
public interface Prefetching {

    /** Reads (and returns something depending on) the memory {@code accept(t)} will use; changes nothing. */
    long prefetch(AuditedTransaction t);
}
