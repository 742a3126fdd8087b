package io.posestate.audit.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import io.posestate.audit.api.Severity;

/**
 * Findings per key (a serial or merchant number) and how many of them are CRITICAL and WARNING, for the drill-downs.
 * Open addressing over arrays sized for the most keys there can be: a big run has hundreds of thousands of keys,
 * and a hash map would allocate an entry and a counter per key and grow several times. A slot's hash and counts
 * share a cache line, so a probe reads a key only when its hash matches.
 */
final class KeyTally {

    private static final int HASH = 0;
    private static final int FINDINGS = 1;
    private static final int CRITICAL = 2;
    private static final int WARNING = 3;

    private final String[] keys;
    /** Per slot, 4 ints: the key's hash, its findings (0: a free slot), CRITICAL and WARNING ones. */
    private final int[] slots;
    private final int shift;
    private int size;

    /** A tally for at most {@code maxKeys} distinct keys (filled to at most three quarters). */
    KeyTally(int maxKeys) {
        int capacity = Integer.highestOneBit(Math.max(4, maxKeys + maxKeys / 3 + 1) - 1) << 1;
        keys = new String[capacity];
        slots = new int[4 * capacity];
        shift = Integer.numberOfLeadingZeros(capacity - 1);
    }

    /** Counts a finding of {@code key} (none when the key is null). */
    void add(String key, Severity severity) {
        if (key == null) {
            return;
        }
        int mask = keys.length - 1;
        int hash = key.hashCode();
        int slot = hash * 0x9e3779b9 >>> shift;
        while (slots[4 * slot + FINDINGS] != 0 && (slots[4 * slot + HASH] != hash || !keys[slot].equals(key))) {
            slot = slot + 1 & mask;
        }
        int at = 4 * slot;
        if (slots[at + FINDINGS] == 0) {
            keys[slot] = key;
            slots[at + HASH] = hash;
            size++;
        }
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
        List<Integer> leaders = new ArrayList<>(lastFirst);
        leaders.sort(this::compare);
        List<ReportModel.Group> groups = new ArrayList<>(leaders.size());
        for (int slot : leaders) {
            int at = 4 * slot;
            groups.add(new ReportModel.Group(keys[slot], new ArrayList<>(slots[at + FINDINGS]), slots[at + CRITICAL],
                    slots[at + WARNING]));
        }
        return groups;
    }

    /** Report order of two occupied slots. */
    private int compare(int a, int b) {
        int c = Integer.compare(slots[4 * b + CRITICAL], slots[4 * a + CRITICAL]);
        if (c == 0) {
            c = Integer.compare(slots[4 * b + FINDINGS], slots[4 * a + FINDINGS]);
        }
        return c != 0 ? c : keys[a].compareTo(keys[b]);
    }
}
