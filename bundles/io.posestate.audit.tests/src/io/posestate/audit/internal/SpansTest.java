package io.posestate.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The times of the findings, made from the local date-time, are those of the instant in its offset. */
class SpansTest {

    @Test
    void timeIsTheInstantInItsOffset() {
        long[] seconds = { 0, -1, -86_401, 1_790_000_000L, 1_790_035_199L, 253_402_300_799L, -62_135_596_800L };
        int[] nanos = { 0, 1, 250_000_000, 999_999_999 };
        int[] offsets = { 0, 8 * 3600, -10 * 3600, 14 * 3600, -12 * 3600, 5 * 3600 + 45 * 60, -(3 * 3600 + 30 * 60),
                18 * 3600, -18 * 3600 };
        for (long s : seconds) {
            for (int n : nanos) {
                for (int o : offsets) {
                    OffsetDateTime expected = OffsetDateTime.ofInstant(Instant.ofEpochSecond(s, n),
                            ZoneOffset.ofTotalSeconds(o));
                    assertEquals(expected, Spans.time(s, n, o), s + "." + n + " at " + o);
                }
            }
        }
    }

    @Test
    void clearForgetsTheCounts() {
        Spans spans = new Spans(4);
        spans.reserve(100_000);
        assertEquals(100_000, spans.capacity());
        spans.clear();
        assertEquals(16, spans.capacity());
        assertEquals(0, spans.count(5));
        assertEquals(0, spans.count(99_999));
    }
}
