package io.posestate.exchange.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Matches the exact upper-case names of an enum against UTF-8 bytes without making a String: a small table keyed
 * by the length and first eight bytes (read as one word) finds the only candidate, so a cell costs a load, a
 * multiply and a compare or two instead of a loop over every name (four cells per transaction on the read path).
 */
final class Enumeration<E extends Enum<E>> {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final E[] values;
    private final byte[][] names;
    /** The first eight bytes of each name as a little-endian word (zero padded). */
    private final long[] heads;
    /** Open addressing by {@link #slot}: value index + 1, 0 = empty. */
    private final int[] table;
    private final int maxLength;
    private final String list;

    Enumeration(E[] values) {
        this.values = values;
        this.names = Arrays.stream(values).map(v -> v.name().getBytes(StandardCharsets.US_ASCII))
                .toArray(byte[][]::new);
        this.list = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
        heads = new long[names.length];
        int size = 16;
        while (size < names.length * 4) {
            size <<= 1;
        }
        table = new int[size];
        int longest = 0;
        for (int v = 0; v < names.length; v++) {
            heads[v] = head(names[v], 0, names[v].length);
            int i = slot(heads[v], names[v].length);
            while (table[i] != 0) {
                i = (i + 1) & (size - 1);
            }
            table[i] = v + 1;
            longest = Math.max(longest, names[v].length);
        }
        maxLength = longest;
    }

    /** The constant whose name is exactly the bytes {@code [s, e)}, or null. */
    E match(byte[] b, int s, int e) {
        int len = e - s;
        if (len == 0 || len > maxLength) {
            return null;
        }
        long head = head(b, s, len);
        for (int i = slot(head, len);; i = (i + 1) & (table.length - 1)) {
            int v = table[i] - 1;
            if (v < 0) {
                return null;
            }
            if (heads[v] == head && names[v].length == len && (len <= 8 || sameTail(names[v], b, s))) {
                return values[v];
            }
        }
    }

    private int slot(long head, int len) {
        long h = (head ^ len) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (table.length - 1);
    }

    /** Up to the first eight of {@code n} bytes at {@code s} as a little-endian word, zero padded. */
    private static long head(byte[] b, int s, int n) {
        if (s + 8 <= b.length) { // one load, the bytes past the cell masked off
            long w = (long) LONGS.get(b, s);
            return n >= 8 ? w : w & ((1L << (n << 3)) - 1);
        }
        long w = 0;
        for (int i = 0; i < Math.min(n, 8); i++) {
            w |= (b[s + i] & 0xFFL) << (i << 3);
        }
        return w;
    }

    /** Whether the bytes after the first eight are the name's (same length known). */
    private static boolean sameTail(byte[] name, byte[] b, int s) {
        for (int i = 8; i < name.length; i++) {
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
