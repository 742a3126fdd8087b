package io.posestate.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Dense indexes for strings (0, 1, 2... in order of first {@link #add}), built for millions of keys looked up
 * at random and given as UTF-8 bytes straight from the input: the table holds each key's hash next to its index
 * (one long per slot) and the bytes of all keys sit in one arena, so a lookup costs about two cache misses and no
 * String is kept (or made) per key. Not thread-safe.
 */
public final class StringIndex {

    private long[] table; // slot -> hash << 32 | (index + 1); 0 = empty
    private byte[] bytes;
    private int[] starts; // index -> start in bytes; starts[size] = end of the last key
    private int size;

    public StringIndex(int expected) {
        int cap = 16;
        while (cap < expected * 2) {
            cap <<= 1;
        }
        table = new long[cap];
        starts = new int[Math.max(16, expected) + 1];
        bytes = new byte[Math.max(256, expected * 8)];
    }

    /** The index of {@code key}, or -1. */
    public int indexOf(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        return indexOf(b, 0, b.length);
    }

    /** The index of the key {@code b[s, e)}, or -1. */
    public int indexOf(byte[] b, int s, int e) {
        int h = hash(b, s, e);
        int mask = table.length - 1;
        for (int slot = h & mask;; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == h && matches((int) entry - 1, b, s, e)) {
                return (int) entry - 1;
            }
        }
    }

    /** The index of {@code key}, adding it at the end when new. */
    public int add(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        return add(b, 0, b.length);
    }

    /** The index of the key {@code b[s, e)}, adding it at the end when new. */
    public int add(byte[] b, int s, int e) {
        int h = hash(b, s, e);
        int mask = table.length - 1;
        int slot = h & mask;
        for (;; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                break;
            }
            if ((int) (entry >>> 32) == h && matches((int) entry - 1, b, s, e)) {
                return (int) entry - 1;
            }
        }
        int index = size++;
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        int start = starts[index];
        int end = start + e - s;
        if (end > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
        }
        System.arraycopy(b, s, bytes, start, e - s);
        starts[size] = end;
        table[slot] = ((long) h << 32) | (index + 1L);
        if (size * 2 > table.length) {
            rehash();
        }
        return index;
    }

    /**
     * Reads the memory {@link #add} will read for the key {@code b[s, e)} and returns a value depending on it.
     * Called for a group of keys before adding them one by one, the independent loads overlap instead of waiting
     * in turn.
     */
    public long touch(byte[] b, int s, int e) {
        int h = hash(b, s, e);
        long entry = table[h & (table.length - 1)];
        if (entry == 0) {
            return 0;
        }
        return entry + bytes[starts[(int) entry - 1]];
    }

    private boolean matches(int index, byte[] b, int s, int e) {
        int start = starts[index];
        int n = e - s;
        if (starts[index + 1] - start != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (bytes[start + i] != b[s + i]) {
                return false;
            }
        }
        return true;
    }

    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return new String(bytes, starts[index], starts[index + 1] - starts[index], StandardCharsets.UTF_8);
    }

    public int size() {
        return size;
    }

    private void rehash() {
        long[] t = new long[table.length * 2];
        int mask = t.length - 1;
        for (long entry : table) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (t[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                t[slot] = entry;
            }
        }
        table = t;
    }

    private static int hash(byte[] b, int s, int e) {
        int h = 0;
        for (int i = s; i < e; i++) {
            h = 31 * h + b[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
