package io.posestate.audit.internal;

import java.util.Arrays;

/**
 * Dense indexes for strings (0, 1, 2... in order of first {@link #add}), built for millions of keys looked up
 * at random: the table holds each key's hash next to its index (one long per slot) and the characters of all
 * keys sit in one char arena, so a lookup costs about two cache misses and no String is kept per key.
 * Not thread-safe.
 */
public final class StringIndex {

    private long[] table; // slot -> hash << 32 | (index + 1); 0 = empty
    private char[] chars;
    private int[] starts; // index -> start in chars; starts[size] = end of the last key
    private int size;

    public StringIndex(int expected) {
        int cap = 16;
        while (cap < expected * 2) {
            cap <<= 1;
        }
        table = new long[cap];
        starts = new int[Math.max(16, expected) + 1];
        chars = new char[Math.max(256, expected * 8)];
    }

    /** The index of {@code key}, or -1. */
    public int indexOf(String key) {
        int h = mix(key.hashCode());
        int mask = table.length - 1;
        for (int slot = h & mask;; slot = (slot + 1) & mask) {
            long e = table[slot];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h && matches((int) e - 1, key)) {
                return (int) e - 1;
            }
        }
    }

    /** The index of {@code key}, adding it at the end when new. */
    public int add(String key) {
        int h = mix(key.hashCode());
        int mask = table.length - 1;
        int slot = h & mask;
        for (;; slot = (slot + 1) & mask) {
            long e = table[slot];
            if (e == 0) {
                break;
            }
            if ((int) (e >>> 32) == h && matches((int) e - 1, key)) {
                return (int) e - 1;
            }
        }
        int index = size++;
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        int start = starts[index];
        int end = start + key.length();
        if (end > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
        }
        key.getChars(0, key.length(), chars, start);
        starts[size] = end;
        table[slot] = ((long) h << 32) | (index + 1L);
        if (size * 2 > table.length) {
            rehash();
        }
        return index;
    }

    /**
     * Reads the memory {@link #add} will read for {@code key} and returns a value depending on it. Called for a
     * batch of keys before adding them one by one, the independent loads overlap instead of waiting in turn.
     */
    public long touch(String key) {
        int h = mix(key.hashCode());
        long e = table[h & (table.length - 1)];
        if (e == 0) {
            return 0;
        }
        int index = (int) e - 1;
        return e + chars[starts[index]];
    }

    private boolean matches(int index, String key) {
        int start = starts[index];
        int n = key.length();
        if (starts[index + 1] - start != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (chars[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return new String(chars, starts[index], starts[index + 1] - starts[index]);
    }

    public int size() {
        return size;
    }

    private void rehash() {
        long[] t = new long[table.length * 2];
        int mask = t.length - 1;
        for (long e : table) {
            if (e != 0) {
                int slot = (int) (e >>> 32) & mask;
                while (t[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                t[slot] = e;
            }
        }
        table = t;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
