package io.posestate.audit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The word copy of a batch's texts: exact bytes for any length, also at the very end of the source buffer. */
class BatchCopyTest {

    @Test
    void copiesAnyLengthAnywhereInTheSource() {
        byte[] source = new byte[40];
        for (int i = 0; i < source.length; i++) {
            source[i] = (byte) ('A' + i);
        }
        for (int s = 0; s <= source.length; s++) {
            for (int e = s; e <= source.length; e++) {
                byte[] dst = new byte[3 + (e - s) + 8];
                Arrays.fill(dst, (byte) '#');
                int end = TransactionPipeline.Batch.copyWords(source, s, e, dst, 3);
                assertEquals(3 + e - s, end);
                assertArrayEquals(Arrays.copyOfRange(source, s, e), Arrays.copyOfRange(dst, 3, end), s + ".." + e);
                assertEquals('#', dst[0]);
            }
        }
    }
}
