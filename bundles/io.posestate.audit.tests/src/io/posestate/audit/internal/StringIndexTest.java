package io.posestate.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The serial and signature index: dense indexes, keys of any length, growth, and slots spread by the hash. */
class StringIndexTest {

    @Test
    void indexesInOrderOfFirstAddAndFindsThemAgain() {
        StringIndex index = new StringIndex(4);
        assertEquals(0, index.add("T1"));
        assertEquals(1, index.add("T2"));
        assertEquals(0, index.add("T1"));
        assertEquals(2, index.size());
        assertEquals(1, index.indexOf("T2"));
        assertEquals(-1, index.indexOf("T3"));
        assertEquals("T2", index.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> index.get(2));
    }

    @Test
    void keysLongerThanTheInlineBytesDifferingOnlyAtTheEnd() {
        StringIndex index = new StringIndex(16);
        String prefix = "0123456789ABCDEF"; // exactly the inline part
        String[] keys = { "", "a", "0123456", "01234567", "012345678", prefix, prefix + "X", prefix + "Y",
                prefix + "XY", prefix + prefix + "Z", "序列号-0001", "序列号-0002" };
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, index.add(keys[i]), keys[i]);
        }
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, index.indexOf(keys[i]), keys[i]);
            assertEquals(keys[i], index.get(i));
        }
        assertEquals(-1, index.indexOf(prefix + "Z"));
        assertEquals(-1, index.indexOf(prefix + prefix));
    }

    @Test
    void keysEqualUpToTheirZeroPaddingOrLength() {
        // the slot holds the first 8 bytes zero padded: the length tells "a" from "a\0", and long keys are
        // compared in full
        StringIndex index = new StringIndex(8);
        String[] keys = { "a", "a\0", "a\0\0\0\0\0\0\0", "a\0\0\0\0\0\0\0\0", "ABCDEFGH", "ABCDEFGH\0",
                "ABCDEFGHIJKLMNO", "ABCDEFGHIJKLMNO\0", "ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOQ" };
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, index.add(keys[i]), i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, index.indexOf(keys[i]), i);
        }
        assertEquals(-1, index.indexOf("a\0\0"));
        assertEquals(-1, index.indexOf("ABCDEFGHIJKLMNOR"));
        assertEquals(-1, index.indexOf("ABCDEFGHIJKLMNOPQ"));
    }

    @Test
    void growsFromASmallGuessAndLooksUpInsideALargerArray() {
        StringIndex index = new StringIndex(1);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            assertEquals(i, index.add(serial(i)));
        }
        byte[] b = ("xx" + serial(n - 1) + "yy").getBytes(StandardCharsets.UTF_8);
        int e = b.length - 2;
        assertEquals(n - 1, index.indexOf(b, 2, e));
        assertEquals(n - 1, index.indexOf(b, 2, e, StringIndex.hash(b, 2, e)));
        for (int i = 0; i < n; i += 997) {
            assertEquals(i, index.indexOf(serial(i)));
        }
        assertEquals(-1, index.indexOf(serial(n)));
    }

    @Test
    void keepsItsKeysWhenRoomIsReservedAndAddsBeyondIt() {
        StringIndex index = new StringIndex(4);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, index.add(serial(i) + "-" + "x".repeat(i % 13)));
        }
        index.reserve(1000);
        index.reserve(10); // never shrinks
        for (int i = 100; i < 3000; i++) {
            assertEquals(i, index.add(serial(i) + "-" + "x".repeat(i % 13)));
        }
        for (int i = 0; i < 3000; i++) {
            String key = serial(i) + "-" + "x".repeat(i % 13);
            assertEquals(i, index.indexOf(key));
            assertEquals(key, index.get(i));
        }
        assertEquals(3000, index.size());
    }

    @Test
    void keysDifferingInAnyByteGetTheirOwnSlots() {
        // consecutive serials differ in their last bytes: the high bits of the hash (the slot) must see every byte
        for (String prefix : new String[] { "T000000", "T00000000000000", "PAX-0001-0000000000" }) {
            Set<Integer> slots = new HashSet<>();
            for (int d = 0; d < 100; d++) {
                byte[] b = (prefix + d).getBytes(StandardCharsets.UTF_8);
                slots.add(StringIndex.hash(b, 0, b.length) >>> 12);
            }
            assertTrue(slots.size() >= 98, prefix + ": " + slots.size() + " slots for 100 keys");
        }
    }

    private static String serial(int i) {
        return String.format("T%07d", i);
    }

    @Test
    void clearForgetsEveryKeyAndTheIndexServesAgain() {
        StringIndex index = new StringIndex(4);
        for (int i = 0; i < 10_000; i++) {
            index.add("K" + i);
        }
        index.clear();
        assertEquals(0, index.size());
        assertEquals(-1, index.indexOf("K1"));
        assertThrows(IndexOutOfBoundsException.class, () -> index.get(0));
        assertEquals(0, index.add("K2"));
        assertEquals(1, index.add("0123456789ABCDEF-long"));
        assertEquals(0, index.indexOf("K2"));
        assertEquals("0123456789ABCDEF-long", index.get(1));
    }
}
