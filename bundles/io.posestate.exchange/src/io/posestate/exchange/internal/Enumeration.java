package io.posestate.exchange.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Matches the exact upper-case names of an enum against UTF-8 bytes without making a String (four cells per
 * transaction on the read path). The first sixteen bytes of a cell, read as two words with the bytes past the cell
 * masked off, hash to a slot of a collision-free table, which names the only candidate; the candidate is
 * confirmed by comparing both words and the length at once. Which value a cell holds is random from record to
 * record, so the match takes no branch that depends on it (a mispredicted branch per cell was most of its cost).
 */
final class Enumeration<E extends Enum<E>> {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int WORD = 8;
    /** {@code MASKS[n]} keeps the first n (0-8) bytes of a little-endian word. */
    private static final long[] MASKS = new long[WORD + 1];

    static {
        for (int n = 0; n < WORD; n++) {
            MASKS[n] = (1L << (n * Byte.SIZE)) - 1;
        }
        MASKS[WORD] = -1L;
    }

    /**
     * The table, by {@link #slot}: the words, length (-1 when empty) and name of the value in each slot, laid out
     * by slot so that a match reads its candidate without first looking up its index.
     */
    private final long[] slotFirst;
    private final long[] slotSecond;
    private final int[] slotLength;
    private final byte[][] slotName;
    private final E[] slotValue;
    private final long multiplier;
    private final int shift;
    private final int maxLength;
    private final String list;

    /** @throws IllegalArgumentException if two names agree in length and their first 16 bytes */
    Enumeration(E[] values) {
        byte[][] names = Arrays.stream(values).map(v -> v.name().getBytes(StandardCharsets.US_ASCII))
                .toArray(byte[][]::new);
        this.list = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
        int count = values.length;
        // per value: its name's first two words (zero padded) and length
        long[] firstWords = new long[count];
        long[] secondWords = new long[count];
        int[] lengths = new int[count];
        int longest = 0;
        for (int v = 0; v < count; v++) {
            int len = names[v].length;
            firstWords[v] = word(names[v], 0, len);
            secondWords[v] = word(names[v], WORD, len);
            lengths[v] = len;
            longest = Math.max(longest, len);
        }
        maxLength = longest;
        int bits = 3;
        while ((1 << bits) < 2 * count) {
            bits++;
        }
        // odd multipliers from a fixed sequence until no two names share a slot (a few tries for these sizes),
        // a larger table after every thousand tries
        long m = 0x9E3779B97F4A7C15L;
        int[] slots = slots(m, 64 - bits, firstWords, secondWords, lengths, values);
        for (int attempt = 1; slots == null; attempt++) {
            m += 0x3C6EF372FE94F82AL;
            if (attempt % 1000 == 0) {
                bits++;
            }
            slots = slots(m, 64 - bits, firstWords, secondWords, lengths, values);
        }
        multiplier = m;
        shift = 64 - bits;
        slotFirst = new long[slots.length];
        slotSecond = new long[slots.length];
        slotLength = new int[slots.length];
        slotName = new byte[slots.length][];
        slotValue = Arrays.copyOf(values, slots.length);
        for (int i = 0; i < slots.length; i++) {
            int v = slots[i];
            boolean empty = v == count;
            slotFirst[i] = empty ? 0 : firstWords[v];
            slotSecond[i] = empty ? 0 : secondWords[v];
            slotLength[i] = empty ? -1 : lengths[v];
            slotName[i] = empty ? null : names[v];
            slotValue[i] = empty ? null : values[v];
        }
    }

    /** The value index in each slot for multiplier {@code m} (the count when empty), or null if two names collide. */
    private static int[] slots(long m, int shift, long[] firstWords, long[] secondWords, int[] lengths,
            Enum<?>[] values) {
        int count = values.length;
        int[] t = new int[1 << (64 - shift)];
        Arrays.fill(t, count);
        for (int v = 0; v < count; v++) {
            int i = slot(firstWords[v], secondWords[v], lengths[v], m, shift);
            if (t[i] != count) {
                if (firstWords[t[i]] == firstWords[v] && secondWords[t[i]] == secondWords[v]
                        && lengths[t[i]] == lengths[v]) {
                    throw new IllegalArgumentException("names " + values[t[i]] + " and " + values[v]
                            + " agree in length and their first " + 2 * WORD + " bytes");
                }
                return null;
            }
            t[i] = v;
        }
        return t;
    }

    private static int slot(long first, long second, int len, long m, int shift) {
        return (int) (((first + second * 31 + len) * m) >>> shift);
    }

    /** The constant whose name is exactly the bytes {@code [s, e)}, or null. */
    E match(byte[] b, int s, int e) {
        int len = e - s;
        if (len <= 0 || len > maxLength) {
            return null;
        }
        long first;
        long second;
        if (s + 2 * WORD <= b.length) { // two loads, the bytes past the cell masked off
            first = (long) LONGS.get(b, s) & MASKS[Math.min(len, WORD)];
            second = (long) LONGS.get(b, s + WORD) & MASKS[Math.max(0, Math.min(len - WORD, WORD))];
        } else {
            first = word(b, s, e);
            second = word(b, s + WORD, e);
        }
        int i = slot(first, second, len, multiplier, shift);
        if ((first ^ slotFirst[i] | second ^ slotSecond[i] | len ^ slotLength[i]) != 0
                || len > 2 * WORD && !sameTail(slotName[i], b, s)) {
            return null;
        }
        return slotValue[i];
    }

    /** The bytes {@code [from, min(from + 8, end))} as a little-endian word, zero padded. */
    private static long word(byte[] b, int from, int end) {
        long w = 0;
        for (int i = from; i < Math.min(end, from + WORD); i++) {
            w |= (b[i] & 0xFFL) << ((i - from) * Byte.SIZE);
        }
        return w;
    }

    /** Whether the bytes after the first sixteen are the name's (same length known). */
    private static boolean sameTail(byte[] name, byte[] b, int s) {
        for (int i = 2 * WORD; i < name.length; i++) {
            if (name[i] != b[s + i]) {
                return false;
            }
        }
        return true;
    }

    /** The allowed names, comma separated. */
    String list() {
        return list;
    }
}
