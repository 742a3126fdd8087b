package io.posestate.registry.internal;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.posestate.registry.api.TerminalQuery;
import io.posestate.registry.api.TerminalSort;
import io.posestate.store.Store;
import io.posestate.store.Vendor;

/**
 * Keeps the in-memory {@link TerminalIndexes} of one registry: the {@link SearchIndex} of text filters and, on H2
 * (where the terminal table has no indexes on these columns, migration V5), the {@link FilterIndex} of state, vendor,
 * model and region filters. Built in the background on the first filter that needs them (or on {@link #prepare()}; on
 * H2 also when the registry opens and after its own writes, which also brings the table's pages into H2's cache),
 * dropped on this registry's own writes, rebuilt in the background when older than {@link #REFRESH_MS} (changes made
 * by other processes show up then). Until they are there, filters run in SQL.
 */
final class TerminalSearch {
    /** Up to this many matches are fetched by key with the other filters; more fall back to the SQL filter. */
    static final int FEW = 5_000;
    static final long REFRESH_MS = 60_000;

    private final Store store;
    /** Whether the {@link FilterIndex} answers filters (H2), and the indexes are rebuilt after every change. */
    private final boolean filtersInMemory;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean building = new AtomicBoolean();
    /** Guards publishing an index against a change meanwhile. */
    private final Object publish = new Object();
    private volatile TerminalIndexes index;
    private volatile long builtAt;
    private volatile boolean closed;

    TerminalSearch(Store store) {
        this.store = store;
        this.filtersInMemory = store.vendor() == Vendor.H2;
    }

    /** Builds the index now unless a fresh one is there. */
    void prepare() {
        build();
    }

    /** Forgets the indexes (this registry changed terminals or merchants); on H2 rebuilds them in the background. */
    void invalidate() {
        changed(null);
    }

    /**
     * This registry changed terminals or merchants: the indexes are forgotten, replaced by {@code loaded} if given
     * (built by an import from the rows it loaded into the empty table, which saves reading them back), else on H2
     * rebuilt in the background.
     */
    void changed(TerminalIndexes loaded) {
        synchronized (publish) {
            generation.incrementAndGet();
            index = closed ? null : loaded;
            builtAt = System.currentTimeMillis();
        }
        if (loaded == null && filtersInMemory) {
            buildInBackground();
        }
    }

    void close() {
        closed = true;
        index = null;
    }

    /**
     * A text filter by the keys the index finds.
     *
     * @param filter the filter with the matching keys
     * @param paged  whether the keys are just the query's page (from its offset, one more than its limit)
     */
    record Keys(TerminalFilter filter, boolean paged) {
    }

    /**
     * The keys of a query's page when an index can answer, else null (filter in SQL). A text filter without other
     * filters in ascending serial-number order, and on H2 the filters of the {@link FilterIndex}, cut the page
     * themselves; otherwise up to {@link #FEW} text matches are filtered further in SQL.
     */
    Keys keys(TerminalQuery q, boolean forPage) {
        TerminalIndexes idx = usable(q);
        if (idx == null) {
            return null;
        }
        if (q.text() == null) {
            int[] rows = idx.filters().rows(q, q.offset(), q.limit() + 1);
            return new Keys(new TerminalFilter(q, store.vendor(), idx.text().serials(rows)), true);
        }
        String needle = needle(q);
        if (forPage && onlyText(q) && q.sort() == TerminalSort.SERIAL_NUMBER && !q.descending()) {
            int[] rows = idx.text().rows(needle, q.offset(), q.limit() + 1);
            return new Keys(new TerminalFilter(q, store.vendor(), idx.text().serials(rows)), true);
        }
        int[] rows = idx.text().rows(needle, 0, FEW + 1);
        return rows.length > FEW ? null
                : new Keys(new TerminalFilter(q, store.vendor(), idx.text().serials(rows)), false);
    }

    /** The number of matches when an index alone knows it, else -1. */
    long count(TerminalQuery q) {
        TerminalIndexes idx = usable(q);
        if (idx == null) {
            return -1;
        }
        return q.text() == null ? idx.filters().count(q) : onlyText(q) ? idx.text().count(needle(q)) : -1;
    }

    /** On H2 the current {@link FilterIndex}, else (or while it is being built) null. */
    FilterIndex filters() {
        TerminalIndexes idx = filtersInMemory ? usable(TerminalQuery.all()) : null;
        return idx == null ? null : idx.filters();
    }

    /** The indexes if they answer the query (a text filter; on H2 the filters of the FilterIndex), else null. */
    private TerminalIndexes usable(TerminalQuery q) {
        boolean text = q.text() != null && SearchIndex.answers(needle(q));
        if (!text && !(filtersInMemory && FilterIndex.answers(q))) {
            return null;
        }
        TerminalIndexes idx = index;
        if (idx == null || stale()) {
            buildInBackground();
        }
        return idx;
    }

    private boolean stale() {
        return System.currentTimeMillis() - builtAt > REFRESH_MS;
    }

    private static String needle(TerminalQuery q) {
        return q.text().toLowerCase(Locale.ROOT);
    }

    private static boolean onlyText(TerminalQuery q) {
        return q.state() == null && q.vendor() == null && q.model() == null && q.region() == null
                && q.merchantNo() == null;
    }

    private void buildInBackground() {
        if (!closed && building.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    do {
                        build();
                    } while (filtersInMemory && index == null && !closed); // a change meanwhile discarded it
                } catch (RuntimeException e) {
                    // the store closed or failed meanwhile: filters keep running in SQL
                } finally {
                    building.set(false);
                }
            }, "registry terminal indexes");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Builds the index unless a fresh one is there; a change meanwhile discards the result. */
    private synchronized void build() {
        if (closed || index != null && !stale()) {
            return;
        }
        long gen = generation.get();
        long started = System.currentTimeMillis();
        // in a transaction: PostgreSQL streams a large result only with auto-commit off
        TerminalIndexes built = store.inTransaction(TerminalIndexes::read);
        synchronized (publish) {
            if (gen == generation.get() && !closed) {
                index = built;
                builtAt = started;
            }
        }
    }
}
