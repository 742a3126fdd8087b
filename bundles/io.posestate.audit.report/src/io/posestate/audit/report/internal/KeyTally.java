package io.posestate.audit.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import io.posestate.audit.api.Severity;

/**
 * Findings per key (a serial or merchant number) and how many of them are CRITICAL and WARNING, for the drill-downs.
 * Open addressing over arrays sized for the most keys there can be: a big run has hundreds of thousands of keys,
 * and a hash map would allocate an entry and a counter per key and grow several times.
 */
final class KeyTally {

    private final String[] keys;
    /** Per slot: findings, CRITICAL, WARNING. */
    private final int[] counts;
    private final int shift;
    private int size;

    /** A tally for at most {@code maxKeys} distinct keys (filled to at most three quarters). */
    KeyTally(int maxKeys) {
        int capacity = Integer.highestOneBit(Math.max(4, maxKeys + maxKeys / 3 + 1) - 1) << 1;
        keys = new String[capacity];
        counts = new int[3 * capacity];
        shift = Integer.numberOfLeadingZeros(capacity - 1);
    }

    /** Counts a finding of {@code key} (none when the key is null). */
    void add(String key, Severity severity) {
        if (key == null) {
            return;
        }
        int mask = keys.length - 1;
        int slot = key.hashCode() * 0x9e3779b9 >>> shift;
        for (String k; (k = keys[slot]) != null && !k.equals(key);) {
            slot = slot + 1 & mask;
        }
        if (keys[slot] == null) {
            keys[slot] = key;
            size++;
        }
        counts[3 * slot]++;
        if (severity == Severity.CRITICAL) {
            counts[3 * slot + 1]++;
        } else if (severity == Severity.WARNING) {
            counts[3 * slot + 2]++;
        }
    }

    /** The number of distinct keys. */
    int size() {
        return size;
    }

    /**
     * The first {@code limit} keys in report order (most CRITICAL, then most findings, then by key: keys are unique,
     * so a total order) as groups with empty lists to collect their findings in. One pass: a key enters only when it
     * ranks before the last of the leaders so far.
     */
    List<ReportModel.Group> leaders(int limit) {
        PriorityQueue<Integer> lastFirst = new PriorityQueue<>(limit + 1, (a, b) -> compare(b, a));
        for (int slot = 0; slot < keys.length && limit > 0; slot++) {
            if (keys[slot] != null && (lastFirst.size() < limit || compare(slot, lastFirst.peek()) < 0)) {
                lastFirst.add(slot);
                if (lastFirst.size() > limit) {
                    lastFirst.poll();
                }
            }
        }
        List<Integer> slots = new ArrayList<>(lastFirst);
        slots.sort(this::compare);
        List<ReportModel.Group> groups = new ArrayList<>(slots.size());
        for (int slot : slots) {
            groups.add(new ReportModel.Group(keys[slot], new ArrayList<>(counts[3 * slot]), counts[3 * slot + 1],
                    counts[3 * slot + 2]));
        }
        return groups;
    }

    /** Report order of two occupied slots. */
    private int compare(int a, int b) {
        int c = Integer.compare(counts[3 * b + 1], counts[3 * a + 1]);
        if (c == 0) {
            c = Integer.compare(counts[3 * b], counts[3 * a]);
        }
        return c != 0 ? c : keys[a].compareTo(keys[b]);
    }
}
