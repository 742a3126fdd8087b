package io.posestate.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Matches the exact upper-case names of an enum against UTF-8 bytes without making a String. */
final class Enumeration<E extends Enum<E>> {

    private final E[] values;
    private final byte[][] names;
    private final String list;

    Enumeration(E[] values) {
        this.values = values;
        this.names = Arrays.stream(values).map(v -> v.name().getBytes(StandardCharsets.US_ASCII))
                .toArray(byte[][]::new);
        this.list = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The constant whose name is exactly the bytes {@code [s, e)}, or null. */
    E match(byte[] b, int s, int e) {
        int len = e - s;
        for (int i = 0; i < names.length; i++) {
            byte[] name = names[i];
            if (name.length == len && sameBytes(name, b, s)) {
                return values[i];
            }
        }
        return null;
    }

    /** A plain loop: for names this short it is cheaper than Arrays.equals with ranges (measured, read path). */
    private static boolean sameBytes(byte[] name, byte[] b, int s) {
        for (int i = 0; i < name.length; i++) {
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
