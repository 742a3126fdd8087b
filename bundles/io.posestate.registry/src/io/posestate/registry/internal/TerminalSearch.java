package io.posestate.registry.internal;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.posestate.registry.api.TerminalQuery;
import io.posestate.registry.api.TerminalSort;
import io.posestate.store.Store;
import io.posestate.store.StoreException;

/**
 * Keeps the {@link SearchIndex} of one registry: built in the background on the first text filter (or on
 * {@link #prepare()}), dropped on this registry's own writes, rebuilt in the background when older than
 * {@link #REFRESH_MS} (changes made by other processes show up then). Until it is there, text filters run in SQL.
 */
final class TerminalSearch {
    /** Up to this many matches are fetched by key with the other filters; more fall back to the SQL filter. */
    static final int FEW = 5_000;
    static final long REFRESH_MS = 60_000;

    private final Store store;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile SearchIndex index;
    private volatile long builtAt;
    private volatile boolean closed;

    TerminalSearch(Store store) {
        this.store = store;
    }

    /** Builds the index now unless a fresh one is there. */
    void prepare() {
        build();
    }

    /** Forgets the index (this registry changed terminals or merchants). */
    void invalidate() {
        generation.incrementAndGet();
        index = null;
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
     * The keys of a query's page when the index can answer, else null (filter in SQL). Without other filters in
     * ascending serial-number order the index cuts the page itself; otherwise up to {@link #FEW} matches are
     * filtered further in SQL.
     */
    Keys keys(TerminalQuery q, boolean forPage) {
        SearchIndex idx = usable(q);
        if (idx == null) {
            return null;
        }
        String needle = needle(q);
        if (forPage && onlyText(q) && q.sort() == TerminalSort.SERIAL_NUMBER && !q.descending()) {
            int[] rows = idx.rows(needle, q.offset(), q.limit() + 1);
            return new Keys(new TerminalFilter(q, store.vendor(), idx.serials(rows)), true);
        }
        int[] rows = idx.rows(needle, 0, FEW + 1);
        return rows.length > FEW ? null : new Keys(new TerminalFilter(q, store.vendor(), idx.serials(rows)), false);
    }

    /** The number of matches when the index alone knows it (a text filter only), else -1. */
    long count(TerminalQuery q) {
        SearchIndex idx = usable(q);
        return idx != null && onlyText(q) ? idx.count(needle(q)) : -1;
    }

    private SearchIndex usable(TerminalQuery q) {
        if (q.text() == null || !SearchIndex.answers(needle(q))) {
            return null;
        }
        SearchIndex idx = index;
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
                    build();
                } catch (StoreException | IllegalStateException e) {
                    // the store closed or failed meanwhile: text filters keep running in SQL
                } finally {
                    building.set(false);
                }
            }, "registry search index");
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
        SearchIndex built = store.inTransaction(SearchIndex::build);
        if (gen == generation.get() && !closed) {
            index = built;
            builtAt = started;
        }
    }
}
