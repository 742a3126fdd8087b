package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.posestate.exchange.internal.CsvScanner;

/**
 * The scanner's fast path for records without quotes, and its hand-over to the general scanner: cells, line
 * numbers and raw text come out as the rules say whether a record is read whole, split at any byte by the end of
 * the data read so far, or holds a quote, a CR or non-ASCII text.
 */
class PlainRecordTest {

    /** Cell characters: CR, space, tab, '-', a quote (literal inside an unquoted cell), UTF-8 of 2 to 4 bytes. */
    private static final String ALPHABET = "ab\r \t-\"xyz019中文€😀";

    /** A record as expected from the scanner. */
    private record Expected(List<String> cells, long line, String raw) {
    }

    @Test
    void randomRecordsReadTheSameWholeAndInEveryChunking() throws IOException {
        Random random = new Random(8);
        for (int round = 0; round < 300; round++) {
            List<Expected> expected = new ArrayList<>();
            byte[] text = randomText(random, expected);
            assertEquals(expected, scan(new ByteArrayInputStream(text)), () -> "whole: " + show(text));
            // the data read so far ends at random bytes, so records meet the end of the buffer at every offset
            assertEquals(expected, scan(new Trickle(text, new Random(round), 1 + random.nextInt(40))),
                    () -> "trickled: " + show(text));
        }
    }

    @Test
    void manyBuffersOfRecordsReadTheSameInRandomChunks() throws IOException {
        Random random = new Random(2);
        List<Expected> expected = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        long line = 1;
        while (all.length() < 3 << 20) {
            List<Expected> part = new ArrayList<>();
            String text = new String(randomText(random, part), StandardCharsets.UTF_8);
            if (!text.endsWith("\n")) {
                text += "\n"; // the next part starts a new record (the expectations hold with or without it)
            }
            for (Expected e : part) {
                expected.add(new Expected(e.cells(), e.line() + line - 1, e.raw()));
            }
            line += text.chars().filter(c -> c == '\n').count();
            all.append(text);
        }
        byte[] bytes = all.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, scan(new Trickle(bytes, new Random(3), 70_000)));
    }

    @Test
    void aPlainCellLongerThanTheBufferIsReadWhole() throws IOException {
        String big = "x".repeat(3 << 20);
        byte[] text = ("a,b\n" + big + ",c\nd,e\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(new Expected(List.of("a", "b"), 1, "a,b"), new Expected(List.of(big, "c"), 2, big + ",c"),
                new Expected(List.of("d", "e"), 3, "d,e")), scan(new ByteArrayInputStream(text)));
    }

    @Test
    void wideRecordsAndRunsOfCommasKeepEveryCell() throws IOException {
        String commas = "a,,,,,,,,,,,b,c,,,,,,,,,,,,,,d";
        String wide = ",".repeat(100) + "z\n" + commas + "\r\n";
        CsvScanner scanner = new CsvScanner(new ByteArrayInputStream(wide.getBytes(StandardCharsets.UTF_8)), "t.csv");
        assertTrue(scanner.next());
        assertEquals(101, scanner.fieldCount());
        assertEquals("z", scanner.string(100));
        assertTrue(scanner.isEmpty(0) && scanner.isEmpty(99));
        assertTrue(scanner.next());
        assertEquals(List.of(commas.split(",", -1)), cells(scanner));
        assertEquals(2, scanner.line());
        assertFalse(scanner.next());
    }

    @Test
    void aQuoteHandsTheRecordToTheGeneralScanner() throws IOException {
        String text = "plain,cells,only,here\nab\"c,\"q,1\",d\r\nlast,\"x\"\"y\"\n";
        CsvScanner scanner = new CsvScanner(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
        assertTrue(scanner.next());
        assertEquals(List.of("plain", "cells", "only", "here"), cells(scanner));
        assertTrue(scanner.next());
        assertEquals(List.of("ab\"c", "q,1", "d"), cells(scanner));
        assertEquals("ab\"c,\"q,1\",d", scanner.raw());
        assertNull(scanner.recordError());
        assertTrue(scanner.next());
        assertEquals(List.of("last", "x\"y"), cells(scanner));
        assertEquals(3, scanner.line());
        assertFalse(scanner.next());
    }

    /**
     * Random records of 1-40 cells: most plain, some with a quoted cell; LF or CRLF ends, CRs inside and at the end
     * of cells, blank lines, and sometimes no line end after the last record.
     */
    private static byte[] randomText(Random random, List<Expected> expected) {
        StringBuilder text = new StringBuilder();
        long line = 1;
        int width = 1 + random.nextInt(random.nextBoolean() ? 6 : 40);
        int records = 1 + random.nextInt(20);
        for (int r = 0; r < records; r++) {
            if (random.nextInt(10) == 0) {
                text.append(random.nextBoolean() ? "\n" : " \t\r\n");
                line++;
            }
            boolean crlf = random.nextInt(3) == 0;
            boolean lastLineEnd = r < records - 1 || random.nextBoolean();
            List<String> cells = new ArrayList<>();
            StringBuilder raw = new StringBuilder();
            long breaks = 0;
            for (int f = 0; f < width; f++) {
                String value = randomValue(random, random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(12));
                String cell;
                boolean last = f == width - 1;
                if (random.nextInt(25) == 0 || width == 1 && value.isBlank()) {
                    value = value + (random.nextBoolean() ? ",\n\"" : "");
                    cell = "\"" + value.replace("\"", "\"\"") + "\"";
                    breaks += value.chars().filter(c -> c == '\n').count();
                } else {
                    if (value.startsWith("\"")) {
                        value = "a" + value;
                    }
                    cell = value;
                    // an unquoted cell loses one CR before its separator (the CR of CRLF for the last cell)
                    if (value.endsWith("\r") && !(last && crlf && lastLineEnd)) {
                        value = value.substring(0, value.length() - 1);
                    }
                }
                cells.add(value);
                raw.append(f > 0 ? "," : "").append(cell);
            }
            text.append(raw);
            if (lastLineEnd) {
                text.append(crlf ? "\r\n" : "\n");
            }
            String rawText = raw.toString();
            if (!(crlf && lastLineEnd) && rawText.endsWith("\r")) {
                rawText = rawText.substring(0, rawText.length() - 1);
            }
            expected.add(new Expected(cells, line, rawText));
            line += breaks + 1;
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String randomValue(Random random, int codePoints) {
        int[] alphabet = ALPHABET.codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            sb.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }

    private static List<Expected> scan(InputStream in) throws IOException {
        CsvScanner scanner = new CsvScanner(in, "t.csv");
        List<Expected> records = new ArrayList<>();
        while (scanner.next()) {
            assertNull(scanner.recordError());
            records.add(new Expected(cells(scanner), scanner.line(), scanner.raw()));
        }
        return records;
    }

    private static List<String> cells(CsvScanner scanner) {
        List<String> cells = new ArrayList<>();
        for (int f = 0; f < scanner.fieldCount(); f++) {
            cells.add(scanner.string(f));
        }
        return cells;
    }

    private static String show(byte[] text) {
        return new String(text, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n\n");
    }

    /** A stream that hands out its bytes in random chunks of 1 to {@code max} bytes. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private final int max;
        private int at;

        Trickle(byte[] bytes, Random random, int max) {
            this.bytes = bytes;
            this.random = random;
            this.max = max;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, bytes.length - at), 1 + random.nextInt(max));
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }
    }
}
