package io.posestate.audit.internal;

import java.util.Arrays;

/**
 * Dense indexes for strings (0, 1, 2... in order of first {@link #add}): an open-addressing table of int slots
 * over one String array, so millions of serials or signature refs cost a few bytes each beyond the strings.
 * Not thread-safe.
 */
public final class StringIndex {

    private String[] keys;
    private int[] hashes;
    private int[] table; // slot -> index + 1, 0 = empty
    private int size;

    public StringIndex(int expected) {
        int cap = 16;
        while (cap < expected * 2) {
            cap <<= 1;
        }
        table = new int[cap];
        keys = new String[Math.max(16, expected)];
        hashes = new int[keys.length];
    }

    /** The index of {@code key}, or -1. */
    public int indexOf(String key) {
        int h = mix(key.hashCode());
        int mask = table.length - 1;
        for (int slot = h & mask;; slot = (slot + 1) & mask) {
            int e = table[slot];
            if (e == 0) {
                return -1;
            }
            int i = e - 1;
            if (hashes[i] == h && keys[i].equals(key)) {
                return i;
            }
        }
    }

    /** The index of {@code key}, adding it at the end when new. */
    public int add(String key) {
        int h = mix(key.hashCode());
        int mask = table.length - 1;
        int slot = h & mask;
        for (;; slot = (slot + 1) & mask) {
            int e = table[slot];
            if (e == 0) {
                break;
            }
            int i = e - 1;
            if (hashes[i] == h && keys[i].equals(key)) {
                return i;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        keys[size] = key;
        hashes[size] = h;
        table[slot] = ++size;
        if (size * 2 > table.length) {
            rehash();
        }
        return size - 1;
    }

    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return keys[index];
    }

    public int size() {
        return size;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = hashes[i] & mask;
            while (t[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = i + 1;
        }
        table = t;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
