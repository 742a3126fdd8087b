package io.posestate.exchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.Cvm;
import io.posestate.exchange.EntryMode;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.PhoneSource;
import io.posestate.exchange.PhoneStatus;
import io.posestate.exchange.Scheme;
import io.posestate.exchange.TerminalState;
import io.posestate.exchange.TxnResult;

/**
 * The word-at-a-time enumeration match (in the package of the class under test, which is not exported): every
 * name of every enumeration matches wherever it lies in the buffer, including its last bytes (where the words
 * cannot be loaded), and every other text fails.
 */
class EnumerationTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(ConnectionType.class, Cvm.class,
            EntryMode.class, MerchantStatus.class, PhoneSource.class, PhoneStatus.class, Scheme.class,
            TerminalState.class, TxnResult.class);

    @Test
    void everyNameMatchesAnywhereInTheBuffer() {
        for (Class<? extends Enum<?>> type : ENUMS) {
            check(type);
        }
    }

    @Test
    void everyNearMissFails() {
        for (Class<? extends Enum<?>> type : ENUMS) {
            checkMisses(type);
        }
    }

    @Test
    void namesAlikeInTheirFirstSixteenBytesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Enumeration<>(Alike.values()));
    }

    private enum Alike {
        SIXTEEN_BYTES_SAME_A, SIXTEEN_BYTES_SAME_B
    }

    private static <E extends Enum<E>> void check(Class<? extends Enum<?>> type) {
        @SuppressWarnings("unchecked")
        E[] values = (E[]) type.getEnumConstants();
        Enumeration<E> enumeration = new Enumeration<>(values);
        for (E value : values) {
            byte[] name = value.name().getBytes(StandardCharsets.US_ASCII);
            for (int before = 0; before <= 20; before++) {
                for (int after = 0; after <= 20; after += 4) {
                    byte[] b = framed(name, before, after, (byte) 'A');
                    assertEquals(value, enumeration.match(b, before, before + name.length),
                            () -> value + " with " + b.length + " bytes");
                }
            }
        }
    }

    private static <E extends Enum<E>> void checkMisses(Class<? extends Enum<?>> type) {
        @SuppressWarnings("unchecked")
        E[] values = (E[]) type.getEnumConstants();
        Enumeration<E> enumeration = new Enumeration<>(values);
        for (E value : values) {
            String name = value.name();
            for (String miss : List.of(name.substring(1), name.substring(0, name.length() - 1), name + "S",
                    name + " ", " " + name, name.toLowerCase(), "")) {
                assertMiss(enumeration, miss);
            }
            // one byte changed at each position, also to the byte a masked-off or padded word holds
            for (int i = 0; i < name.length(); i++) {
                for (char c : new char[] { 0, 'Z', '_', 'e' }) {
                    String miss = name.substring(0, i) + c + name.substring(i + 1);
                    if (!miss.equals(name)) {
                        assertMiss(enumeration, miss);
                    }
                }
            }
        }
    }

    private static void assertMiss(Enumeration<?> enumeration, String miss) {
        byte[] name = miss.getBytes(StandardCharsets.ISO_8859_1);
        for (int after : new int[] { 0, 3, 20 }) {
            byte[] b = framed(name, 2, after, (byte) 0);
            assertNull(enumeration.match(b, 2, 2 + name.length), () -> "\"" + miss + "\" matched");
        }
    }

    private static byte[] framed(byte[] name, int before, int after, byte fill) {
        byte[] b = new byte[before + name.length + after];
        java.util.Arrays.fill(b, fill);
        System.arraycopy(name, 0, b, before, name.length);
        return b;
    }
}
