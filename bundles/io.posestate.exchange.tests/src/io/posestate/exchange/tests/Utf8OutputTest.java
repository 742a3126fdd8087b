package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.posestate.exchange.internal.CsvOutput;
import io.posestate.exchange.internal.Utf8Output;
import io.posestate.exchange.internal.Values;

/**
 * The byte-level writer gives the bytes of the text encoded as a whole by the JDK (String.getBytes, UTF-8), with
 * CSV quoting and JSON escaping exactly where needed, also for values longer than its buffer.
 */
class Utf8OutputTest {

    /**
     * Values with and without everything that matters: specials, blanks, non-ASCII, surrogates (paired or not); commas
     * without quotes anywhere (such a value is quoted by moving it up as a whole).
     */
    private static final List<String> VALUES = List.of("", "PAX-0001", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere",
            "crlf\r\n", " ", " \t ", "\u3000", " x ", "深圳市南山区科技园", "café, ümlaut", "emoji \ud83d\ude00 ok",
            "lone \ud83d high", "lone \ude00 low", "end \ud83d", "tab\there", "ctl \u0001\u001f\u007f", "back\\slash",
            "\"", ",", "中文,\"引号\"\n换行", ",lead", "trail,", "last seen 2026-01-01, 180 days: re-verify 商户");

    @Test
    void csvValuesAreQuotedOnlyWhereNeeded() throws IOException {
        for (String v : VALUES) {
            assertArrayEquals(utf8(expectedCsv(v)), csv(v), v);
        }
    }

    @Test
    void jsonStringsAreEscapedAsBefore() throws IOException {
        for (String v : VALUES) {
            assertArrayEquals(utf8(expectedJson(v)), written(out -> out.jsonString(v)), v);
        }
        assertArrayEquals(utf8("null"), written(out -> out.jsonString(null)));
    }

    @Test
    void textIsTheJdkEncoding() throws IOException {
        for (String v : VALUES) {
            assertArrayEquals(utf8(v), written(out -> out.text(v)), v);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, 7, 9, 10, 99, 100, 123456789, -1, -10, 999_999_999_999_999_999L,
            1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1 })
    void numbers(long v) throws IOException {
        assertArrayEquals(utf8(Long.toString(v)), written(out -> out.number(v)));
    }

    /** The written form: seconds always, the fraction without trailing zeros, Z or ±HH:MM. */
    @ParameterizedTest
    @ValueSource(strings = { "2026-10-01T09:15:02+08:00", "2026-10-01T00:00:00.5Z", "0001-01-01T00:00:00Z",
            "2024-02-29T23:59:59.123456789-05:30", "9999-12-31T23:59:59.000000001+18:00", "2026-10-01T09:15:00.12-18:00" })
    void dateTimesInTheirWrittenForm(String text) throws IOException {
        assertArrayEquals(utf8(text), written(out -> out.dateTime(OffsetDateTime.parse(text))));
        assertEquals(text, Values.formatDateTime(OffsetDateTime.parse(text)));
    }

    @Test
    void dateTimesWithoutAWrittenFormAreRefused() {
        for (OffsetDateTime t : List.of(OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(-1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(30)))) {
            assertThrows(IllegalArgumentException.class, () -> written(out -> out.dateTime(t)), t.toString());
        }
    }

    /** Values longer than the buffer, and lines that cross its flush point, come out whole and in order. */
    @Test
    void longValuesAndManyLines() throws IOException {
        String big = "中,\"x\"".repeat(100_000);
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvOutput out = new CsvOutput(bytes)) {
            writeLines(out, big, expected);
        }
        assertArrayEquals(utf8(expected.toString()), bytes.toByteArray());
    }

    /**
     * Kept in memory, from a small buffer that grows (values with quotes doubled in place at its end among them): the
     * same bytes, written out whole; emptied, the buffer is reused for the next text.
     */
    @Test
    void inMemoryGrowsAndIsReused() throws IOException {
        Utf8Output memory = new Utf8Output(16);
        for (int round = 0; round < 2; round++) {
            String big = "中,\"x\"".repeat(1000 + round);
            StringBuilder expected = new StringBuilder();
            writeLines(new CsvOutput(memory), big, expected);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            memory.writeTo(bytes);
            assertArrayEquals(utf8(expected.toString()), bytes.toByteArray());
        }
    }

    @Test
    void absentCellsAreEmpty() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvOutput out = new CsvOutput(bytes)) {
            out.header(List.of("a", "b", "c", "d"));
            out.cell((String) null);
            out.cell("");
            out.cell((OffsetDateTime) null);
            out.cell("x");
            out.endLine();
        }
        assertEquals("a,b,c,d\n,,,x\n", bytes.toString(StandardCharsets.UTF_8));
    }

    /** formats.md / RFC 4180, as CsvOutput always wrote them: quotes where a comma, quote, CR, LF or only blanks. */
    private static String expectedCsv(String v) {
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                || !v.isEmpty() && v.isBlank();
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String expectedJson(String v) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }

    private static byte[] csv(String v) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvOutput out = new CsvOutput(bytes)) {
            out.cell(v);
        }
        return bytes.toByteArray();
    }

    /** The JDK's encoding (an unpaired surrogate becomes '?'). */
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private interface Write {
        void to(Utf8Output out) throws IOException;
    }

    private static byte[] written(Write w) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Output out = new Utf8Output(bytes)) {
            w.to(out);
        }
        return bytes.toByteArray();
    }

    /** 20,000 lines of a number and a value (the big one every 5000th), and what they must read as. */
    private static void writeLines(CsvOutput out, String big, StringBuilder expected) throws IOException {
        for (int i = 0; i < 20_000; i++) {
            String v = i % 5000 == 0 ? big : VALUES.get(i % VALUES.size());
            out.cell(i);
            out.cell(v);
            out.endLine();
            expected.append(i).append(',').append(expectedCsv(v)).append('\n');
        }
    }
}
