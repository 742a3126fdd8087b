package io.posestate.audit.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Dense indexes for strings (0, 1, 2... in order of first {@link #add}), built for millions of keys looked up
 * at random and given as UTF-8 bytes straight from the input. Each table slot is 16 bytes: a tag (most of the hash
 * and the key's length) with the index, and the key's first 8 bytes, so a lookup of a key of up to 8 bytes (serial
 * numbers, signature references) costs one cache miss, in a table half the size of one with the length and 16 bytes
 * in the slot (2M signatures: 64 instead of 134 MB, allocated while streaming and copied by the collector); the
 * bytes of all keys also sit in one arena (for {@link #get} and the rest of longer keys). No String is kept or made
 * per key. Not thread-safe.
 */
public final class StringIndex {

    /** Longs per slot: tag << 32 | (index + 1) (0 = empty), then bytes 0-7. */
    private static final int STRIDE = 2;
    private static final int INLINE = 8;
    /** The low bits of a tag hold the key's length, or {@link #LONG_KEY} for this length or more. */
    private static final int LENGTH_BITS = 4;
    private static final int LONG_KEY = (1 << LENGTH_BITS) - 1;
    /** Bytes the hash reads as two words (the rest one by one). */
    private static final int HASHED_WORDS = 16;
    /**
     * Keys per slot at most: a lookup reads about 1.5 slots for a key present, 2.5 for one absent (0.7, with 2 and
     * 6, made the serial lookups and signature adds slower).
     */
    private static final double LOAD = 0.5;

    private long[] table;
    private int slots;
    private int limit; // size at which the table grows
    private byte[] bytes;
    private int[] starts; // index -> start in bytes; starts[size] = end of the last key
    private int size;

    public StringIndex(int expected) {
        empty(expected);
    }

    /** No keys, in tables for {@code expected} of them. */
    private void empty(int expected) {
        table = null;
        resize((int) Math.max(16, expected / LOAD + 1));
        starts = new int[Math.max(16, expected) + 1];
        bytes = new byte[Math.max(256, expected * 8)];
        size = 0;
    }

    /**
     * Makes room for {@code expected} keys in all, so that adding up to that many (of about the mean length of those
     * added so far) copies nothing.
     */
    public void reserve(int expected) {
        int n = (int) Math.min(Integer.MAX_VALUE / STRIDE, (long) (expected / LOAD) + 1);
        if (n > slots) {
            resize(n);
        }
        if (expected >= starts.length) {
            starts = Arrays.copyOf(starts, expected + 1);
        }
        long keyBytes = size == 0 ? expected * 8L : (long) starts[size] * expected / size + expected;
        if (keyBytes > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, keyBytes));
        }
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
        return add(b, s, e, hash(b, s, e));
    }

    /** {@link #add(byte[], int, int)} for a key whose {@link #hash} is given (computed for {@link #touch}). */
    public int add(byte[] b, int s, int e, int h) {
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
        table[slot] = ((long) tag(h, e - s) << 32) | (index + 1L);
        table[slot + 1] = word(b, s, Math.min(e, s + INLINE));
        if (size > limit) {
            resize((int) Math.min(Integer.MAX_VALUE / STRIDE, slots * 3L / 2));
        }
        return index;
    }

    /** The slot (array offset) holding the key, or the empty slot where it would go. */
    private int find(byte[] b, int s, int e, int h) {
        int n = e - s;
        int tag = tag(h, n);
        long a = word(b, s, Math.min(e, s + INLINE));
        for (int i = home(h);; i = i + 1 == slots ? 0 : i + 1) {
            int slot = i * STRIDE;
            long meta = table[slot];
            if (meta == 0) {
                return slot;
            }
            if ((int) (meta >>> 32) == tag && table[slot + 1] == a
                    && (n <= INLINE || restMatches((int) meta - 1, b, s, e))) {
                return slot;
            }
        }
    }

    /**
     * The slot a key of this hash is looked for first: the bits of the hash kept in its tag, scaled to the table
     * (so the table grows without hashing the keys again).
     */
    private int home(int hash) {
        return (int) (((hash >>> LENGTH_BITS) * (long) slots) >>> (32 - LENGTH_BITS));
    }

    /** The hash with its low bits replaced by the key's length (exact up to 14 bytes). */
    private static int tag(int hash, int length) {
        return hash & -(1 << LENGTH_BITS) | Math.min(length, LONG_KEY);
    }

    /**
     * Reads the memory {@link #add} or {@link #indexOf} will read for a key of this {@link #hash} and returns a
     * value depending on it. Called for a group of keys before looking them up one by one, the independent loads
     * overlap instead of waiting in turn; a loop of these over hashes computed beforehand has little work between
     * loads, so many of them are in flight at once.
     */
    public long touch(int hash) {
        int slot = home(hash) * STRIDE;
        return table[slot] + table[slot + 1]; // a slot may span two cache lines
    }

    /** Whether the key at {@code index} is {@code b[s, e)}, given that their tags and first 8 bytes match. */
    private boolean restMatches(int index, byte[] b, int s, int e) {
        int start = starts[index];
        return starts[index + 1] - start == e - s
                && Arrays.equals(bytes, start + INLINE, starts[index + 1], b, s + INLINE, e);
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

    /**
     * Forgets every key and drops the tables for small ones. An index made before a young collection (so moved to
     * the old generation) whose tables grew after it keeps them alive once unused, dead or not: a young collection
     * keeps whatever an old object points to.
     */
    public void clear() {
        empty(0);
    }

    /** Makes the table {@code n} slots and places the keys again. */
    private void resize(int n) {
        long[] old = table;
        slots = n;
        limit = (int) (n * LOAD);
        table = new long[n * STRIDE];
        if (old == null) {
            return;
        }
        for (int j = 0; j < old.length; j += STRIDE) {
            if (old[j] != 0) {
                int i = home((int) (old[j] >>> 32));
                while (table[i * STRIDE] != 0) {
                    i = i + 1 == slots ? 0 : i + 1;
                }
                System.arraycopy(old, j, table, i * STRIDE, STRIDE);
            }
        }
    }

    /** Hash of the key {@code b[s, e)} (the same in every index). */
    public static int hash(byte[] b, int s, int e) {
        int inline = Math.min(e, s + HASHED_WORDS);
        long h = word(b, s, Math.min(e, s + 8)) * 0x9E3779B97F4A7C15L
                ^ Long.rotateLeft(word(b, Math.min(e, s + 8), inline) * 0xC2B2AE3D27D4EB4FL, 29) ^ (e - s);
        for (int i = inline; i < e; i++) {
            h = h * 31 + b[i];
        }
        // a product carries bits only upwards: fold the high half down first, or the low bits of the result would
        // ignore the last bytes of each word (10 serials T0000000..T0000009 shared one slot)
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
