package io.posestate.audit.internal;

/** A set of non-negative longs (open addressing, no boxing), e.g. the merchant numbers of the registry. */
final class LongSet {

    private long[] table; // key + 1, 0 = empty
    private int size;

    LongSet(int expected) {
        int cap = 16;
        while (cap < expected * 2) {
            cap <<= 1;
        }
        table = new long[cap];
    }

    void add(long key) {
        int i = slot(key);
        if (table[i] == 0) {
            table[i] = key + 1;
            if (++size * 2 > table.length) {
                grow();
            }
        }
    }

    boolean contains(long key) {
        return table[slot(key)] != 0;
    }

    /** The slot holding {@code key}, or the empty one where it would go. */
    private int slot(long key) {
        int mask = table.length - 1;
        long h = (key + 1) * 0x9E3779B97F4A7C15L;
        for (int i = (int) (h ^ (h >>> 32)) & mask;; i = (i + 1) & mask) {
            if (table[i] == 0 || table[i] == key + 1) {
                return i;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long k : old) {
            if (k != 0) {
                table[slot(k - 1)] = k;
            }
        }
    }
}
