package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.Reject;
import io.posestate.exchange.internal.ReadBenchmark;

/** A generated transactions file several read buffers long streams through with exact counts. */
class GeneratedVolumeTest {

    @TempDir
    Path dir;

    @Test
    void generatedTransactionsStreamWithExactCounts() throws IOException {
        Path file = dir.resolve("transactions.csv");
        ReadBenchmark.generate(file, 50_000);
        assertTrue(Files.size(file) > 3 * (1 << 20), "spans several 1 MB buffers");

        AtomicLong valid = new AtomicLong();
        AtomicLong lastLine = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        long records = EstateCsv.readTransactions(file, row -> valid.incrementAndGet(), (Reject reject) -> {
            rejected.incrementAndGet();
            assertEquals("missing required value for result", reject.reason());
            // every 1000th generated row (index 999, 1999...) lacks its result; line = index + 2
            assertEquals(0, (reject.line() - 2 + 1) % 1000, () -> "line " + reject.line());
            lastLine.set(reject.line());
        });

        assertEquals(50_000, records);
        assertEquals(50, rejected.get());
        assertEquals(49_950, valid.get());
        assertEquals(50_001, lastLine.get());
    }
}
