package io.posestate.audit.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Dense indexes for strings (0, 1, 2... in order of first {@link #add}), built for millions of keys looked up
 * at random and given as UTF-8 bytes straight from the input. Each table slot holds the key's hash and index, its
 * length and its first 16 bytes side by side, so a lookup of a key of up to 16 bytes (serial numbers, signature
 * references) costs one cache miss; the bytes of all keys also sit in one arena (for {@link #get} and the rest of
 * longer keys). No String is kept or made per key. Not thread-safe.
 */
public final class StringIndex {

    /** Longs per slot: hash << 32 | (index + 1) (0 = empty), length, bytes 0-7, bytes 8-15. */
    private static final int STRIDE = 4;
    private static final int INLINE = 16;

    private long[] table;
    private int slots;
    private byte[] bytes;
    private int[] starts; // index -> start in bytes; starts[size] = end of the last key
    private int size;

    public StringIndex(int expected) {
        int cap = 16;
        while (cap < expected * 2) {
            cap <<= 1;
        }
        slots = cap;
        table = new long[cap * STRIDE];
        starts = new int[Math.max(16, expected) + 1];
        bytes = new byte[Math.max(256, expected * 8)];
    }

    /** The index of {@code key}, or -1. */
    public int indexOf(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        return indexOf(b, 0, b.length);
    }

    /** The index of the key {@code b[s, e)}, or -1. Threads may call this at once while none adds. */
    public int indexOf(byte[] b, int s, int e) {
        return indexOf(b, s, e, hash(b, s, e));
    }

    /** {@link #indexOf(byte[], int, int)} for a key whose {@link #hash} is given (computed for {@link #touch}). */
    public int indexOf(byte[] b, int s, int e, int hash) {
        int slot = find(b, s, e, hash);
        long meta = table[slot];
        return meta == 0 ? -1 : (int) meta - 1;
    }

    /** The index of {@code key}, adding it at the end when new. */
    public int add(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        return add(b, 0, b.length);
    }

    /** The index of the key {@code b[s, e)}, adding it at the end when new. */
    public int add(byte[] b, int s, int e) {
        int h = hash(b, s, e);
        int slot = find(b, s, e, h);
        long meta = table[slot];
        if (meta != 0) {
            return (int) meta - 1;
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
        table[slot + 1] = e - s;
        table[slot + 2] = word(b, s, Math.min(e, s + 8));
        table[slot + 3] = word(b, Math.min(e, s + 8), Math.min(e, s + INLINE));
        if (size * 2 > slots) {
            rehash();
        }
        return index;
    }

    /** The slot (array offset) holding the key, or the empty slot where it would go. */
    private int find(byte[] b, int s, int e, int h) {
        int n = e - s;
        long a = word(b, s, Math.min(e, s + 8));
        long c = word(b, Math.min(e, s + 8), Math.min(e, s + INLINE));
        int mask = slots - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            int slot = i * STRIDE;
            long meta = table[slot];
            if (meta == 0) {
                return slot;
            }
            if ((int) (meta >>> 32) == h && table[slot + 1] == n && table[slot + 2] == a && table[slot + 3] == c
                    && (n <= INLINE || restMatches((int) meta - 1, b, s + INLINE, e))) {
                return slot;
            }
        }
    }

    /**
     * Reads the memory {@link #add} will read for the key {@code b[s, e)} and returns a value depending on it.
     * Called for a group of keys before adding them one by one, the independent loads overlap instead of waiting
     * in turn.
     */
    public long touch(byte[] b, int s, int e) {
        return touch(hash(b, s, e));
    }

    /**
     * {@link #touch(byte[], int, int)} for a key whose {@link #hash} is given: a loop of these over hashes computed
     * beforehand has little work between loads, so many of them are in flight at once.
     */
    public long touch(int hash) {
        int slot = (hash & (slots - 1)) * STRIDE;
        return table[slot] + table[slot + STRIDE - 1]; // a slot may span two cache lines
    }

    private boolean restMatches(int index, byte[] b, int s, int e) {
        int start = starts[index] + INLINE;
        for (int i = s; i < e; i++) {
            if (bytes[start++] != b[i]) {
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
        long[] old = table;
        slots *= 2;
        table = new long[slots * STRIDE];
        int mask = slots - 1;
        for (int j = 0; j < old.length; j += STRIDE) {
            if (old[j] != 0) {
                int i = (int) (old[j] >>> 32) & mask;
                while (table[i * STRIDE] != 0) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, j, table, i * STRIDE, STRIDE);
            }
        }
    }

    /** Hash of the key {@code b[s, e)} (the same in every index). */
    public static int hash(byte[] b, int s, int e) {
        int inline = Math.min(e, s + INLINE);
        long h = word(b, s, Math.min(e, s + 8)) * 0x9E3779B97F4A7C15L
                ^ Long.rotateLeft(word(b, Math.min(e, s + 8), inline) * 0xC2B2AE3D27D4EB4FL, 29) ^ (e - s);
        for (int i = inline; i < e; i++) {
            h = h * 31 + b[i];
        }
        // a product carries bits only upwards: fold the high half down first, or the slot (the low bits of the
        // result) would ignore the last bytes of each word (10 serials T0000000..T0000009 shared one slot)
        h ^= h >>> 32;
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Up to 8 bytes {@code b[s, e)} as a little-endian number (zero padded). */
    private static long word(byte[] b, int s, int e) {
        int n = e - s;
        if (n <= 0) {
            return 0;
        }
        if (s + 8 <= b.length) { // one load, the bytes past e masked off
            long w = (long) LONGS.get(b, s);
            return n >= 8 ? w : w & ((1L << (n << 3)) - 1);
        }
        long w = 0;
        for (int i = s, shift = 0; i < e; i++, shift += 8) {
            w |= (b[i] & 0xFFL) << shift;
        }
        return w;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
}
