package io.posestate.audit.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;

/**
 * Findings per key (a serial or merchant number) and how many of them are CRITICAL and WARNING, for the drill-downs.
 * Open addressing over arrays sized for the most keys there can be: a big run has hundreds of thousands of keys,
 * and a hash map would allocate an entry and a counter per key and grow several times. A slot's hash, counts and
 * last finding lie side by side, so a probe reads a key only when its hash matches. Each key's findings are
 * chained by index (a finding points to the one before it of its key), so the groups shown are collected without a
 * second pass over all findings.
 */
final class KeyTally {

    private static final int HASH = 0;
    private static final int FINDINGS = 1;
    private static final int CRITICAL = 2;
    private static final int WARNING = 3;
    private static final int LAST = 4;
    /** Ints per slot. */
    private static final int STRIDE = 5;

    private final String[] keys;
    /** Per slot: the key's hash, its findings (0: a free slot), CRITICAL and WARNING ones, its last finding. */
    private final int[] slots;
    /** Per finding: the index of the previous finding of its key, -1 for the first. */
    private final int[] previous;
    private final int shift;
    private int size;

    /** A tally of at most {@code findings} findings (their keys fill the table to at most three quarters). */
    KeyTally(int findings) {
        int capacity = Integer.highestOneBit(Math.max(4, findings + findings / 3 + 1) - 1) << 1;
        keys = new String[capacity];
        slots = new int[STRIDE * capacity];
        previous = new int[findings];
        shift = Integer.numberOfLeadingZeros(capacity - 1);
    }

    /** Counts finding number {@code finding} (in list order) under {@code key} (nothing when the key is null). */
    void add(String key, Severity severity, int finding) {
        if (key == null) {
            return;
        }
        int mask = keys.length - 1;
        int hash = key.hashCode();
        int slot = hash * 0x9e3779b9 >>> shift;
        while (slots[STRIDE * slot + FINDINGS] != 0
                && (slots[STRIDE * slot + HASH] != hash || !keys[slot].equals(key))) {
            slot = slot + 1 & mask;
        }
        int at = STRIDE * slot;
        if (slots[at + FINDINGS] == 0) {
            keys[slot] = key;
            slots[at + HASH] = hash;
            slots[at + LAST] = -1;
            size++;
        }
        previous[finding] = slots[at + LAST];
        slots[at + LAST] = finding;
        slots[at + FINDINGS]++;
        if (severity == Severity.CRITICAL) {
            slots[at + CRITICAL]++;
        } else if (severity == Severity.WARNING) {
            slots[at + WARNING]++;
        }
    }

    /** The number of distinct keys. */
    int size() {
        return size;
    }

    /**
     * The first {@code limit} keys in report order (most CRITICAL, then most findings, then by key: keys are unique,
     * so a total order) as groups with their findings from {@code findings}, the list the indexes counted refer to.
     * Only the keys ranked at or above the {@code limit}-th by their counts are sorted by the full order: a big run
     * has a few hundred of them among hundreds of thousands of keys.
     */
    List<ReportModel.Group> leaders(int limit, List<Finding> findings) {
        if (limit <= 0) {
            return List.of();
        }
        long threshold = threshold(limit);
        int[] candidates = new int[2 * limit];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (slots[STRIDE * slot + FINDINGS] != 0 && rank(slot) >= threshold) {
                if (n == candidates.length) {
                    candidates = Arrays.copyOf(candidates, 2 * n);
                }
                candidates[n++] = slot;
            }
        }
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = candidates[i];
        }
        Arrays.sort(sorted, this::compare);
        List<ReportModel.Group> groups = new ArrayList<>(Math.min(n, limit));
        for (int slot : Arrays.asList(sorted).subList(0, Math.min(n, limit))) {
            int at = STRIDE * slot;
            Finding[] members = new Finding[slots[at + FINDINGS]];
            for (int f = slots[at + LAST], k = members.length; f >= 0; f = previous[f]) {
                members[--k] = findings.get(f);
            }
            groups.add(new ReportModel.Group(keys[slot], Arrays.asList(members), slots[at + CRITICAL],
                    slots[at + WARNING]));
        }
        return groups;
    }

    /**
     * The {@code limit}-th highest {@link #rank} of the keys, or 0 when there are fewer keys: a min-heap of the highest
     * so far (the first {@code limit} sorted, which is a heap), which most keys do not enter.
     */
    private long threshold(int limit) {
        long[] heap = new long[limit];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (slots[STRIDE * slot + FINDINGS] == 0) {
                continue;
            }
            long rank = rank(slot);
            if (n < limit) {
                heap[n++] = rank;
                if (n == limit) {
                    Arrays.sort(heap);
                }
            } else if (rank > heap[0]) {
                siftDown(heap, rank);
            }
        }
        return n < limit ? 0 : heap[0];
    }

    /** Replaces the least of a min-heap with {@code rank} and restores the heap. */
    private static void siftDown(long[] heap, long rank) {
        int i = 0;
        for (int child = 1; child < heap.length; child = 2 * i + 1) {
            if (child + 1 < heap.length && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= rank) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = rank;
    }

    /** An occupied slot's rank by its counts alone: CRITICAL findings, then findings (both below 2^31). */
    private long rank(int slot) {
        return (long) slots[STRIDE * slot + CRITICAL] << 32 | slots[STRIDE * slot + FINDINGS];
    }

    /** Report order of two occupied slots. */
    private int compare(int a, int b) {
        int c = Integer.compare(slots[STRIDE * b + CRITICAL], slots[STRIDE * a + CRITICAL]);
        if (c == 0) {
            c = Integer.compare(slots[STRIDE * b + FINDINGS], slots[STRIDE * a + FINDINGS]);
        }
        return c != 0 ? c : keys[a].compareTo(keys[b]);
    }
}
