package io.posestate.audit.internal;

import io.posestate.exchange.internal.KeyRules;

/**
 * The register of claimed numbers of a registry file (merchant numbers, formats.md "Keys and rejects"): a set of
 * non-negative longs (open addressing, no boxing) with the line of each first claim beside it, then the set the
 * terminals' merchant numbers are checked against. No String or byte key per merchant.
 */
final class FirstNumbers implements KeyRules.NumberRegister, KeyRules.NumberSet {

    private long[] table; // key + 1, 0 = empty
    private long[] lines; // the first claim's line, by slot (read only for a duplicate)
    private int size;

    FirstNumbers(int expected) {
        int cap = 16;
        while (cap < expected * 2) {
            cap <<= 1;
        }
        table = new long[cap];
        lines = new long[cap];
    }

    @Override
    public long claim(long key, long line) {
        int i = slot(key);
        if (table[i] != 0) {
            return lines[i];
        }
        table[i] = key + 1;
        lines[i] = line;
        if (++size * 2 > table.length) {
            grow();
        }
        return -1;
    }

    @Override
    public boolean contains(long key) {
        return table[slot(key)] != 0;
    }

    @Override
    public long touch(long[] keys, int n) {
        long touched = 0;
        for (int k = 0; k < n; k++) {
            touched += table[home(keys[k])];
        }
        return touched;
    }

    /** The slot holding {@code key}, or the empty one where it would go. */
    private int slot(long key) {
        int mask = table.length - 1;
        for (int i = home(key);; i = (i + 1) & mask) {
            if (table[i] == 0 || table[i] == key + 1) {
                return i;
            }
        }
    }

    private int home(long key) {
        long h = (key + 1) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (table.length - 1);
    }

    private void grow() {
        long[] oldTable = table;
        long[] oldLines = lines;
        table = new long[oldTable.length * 2];
        lines = new long[oldTable.length * 2];
        for (int j = 0; j < oldTable.length; j++) {
            if (oldTable[j] != 0) {
                int i = slot(oldTable[j] - 1);
                table[i] = oldTable[j];
                lines[i] = oldLines[j];
            }
        }
    }
}
