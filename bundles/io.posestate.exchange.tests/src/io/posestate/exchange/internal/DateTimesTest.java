package io.posestate.exchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date-times read one after another (in the package of the class under test, which is not exported): a date-time
 * that shares date, hour and offset with the one before takes the short check, and whatever the one before was,
 * each reads as java.time parses it (instant, nano, offset, local day) or is refused as by the full check.
 */
class DateTimesTest {

    @ParameterizedTest
    @ValueSource(strings = { "0000-01-01", "0001-03-01", "1600-02-29", "1899-12-31", "1969-12-31", "1970-01-01",
            "2000-03-01", "2100-02-28", "2100-03-01", "9999-12-31" })
    void localDaysAgreeWithJavaTime(String date) {
        DateTimes times = new DateTimes();
        for (String offset : List.of("Z", "+14:00", "-18:00")) {
            read(times, date + "T23:59:58" + offset);
            assertEquals(LocalDate.parse(date).toEpochDay(), times.localDay, date + offset);
        }
    }

    @Test
    void recordsOfOneHourAndTheirNeighboursAgreeWithJavaTime() {
        String[] sequence = { "2026-10-01T09:15:02+08:00", "2026-10-01T09:15:03+08:00", "2026-10-01T09:59:59+08:00",
            "2026-10-01T09:00:00.5+08:00", "2026-10-01T09:00:00.123456789+08:00", "2026-10-01T09:60:00+08:00",
            "2026-10-01T09:00:60+08:00", "2026-10-01T09:00:00.+08:00", "2026-10-01T09:00:00.1234567890+08:00",
            "2026-10-01T09:00:00+08:01", "2026-10-01T09:00:00-08:00", "2026-10-01T09:00:00+08:00",
            "2026-10-01T09:00:00Z", "2026-10-01T09:00:01Z", "2026-10-01T09:00:01.25Z", "2026-10-01T09:00:01ZZ",
            "2026-10-01T09:00:01+00:00", "2026-10-01T09:0a:01+00:00", "2026-10-01T09:00/01+00:00",
            "2026-10-01T09:00:01+00:00 ", "2026-10-01T10:00:01+00:00", "2026-10-02T10:00:01+00:00",
            "2026-10-02T10:00:01.5+00:00x", "2026-10-02T10:00:01.5+00:0", "2026-10-02T10:00:01+00:00" };
        DateTimes times = new DateTimes();
        for (String text : sequence) {
            check(times, text);
        }
    }

    @Test
    void timesInOrderWrittenInOffsetsAtRandomAgreeWithJavaTime() {
        Random random = new Random(3);
        List<ZoneOffset> offsets = List.of(ZoneOffset.ofHours(8), ZoneOffset.UTC, ZoneOffset.ofHours(-5),
                ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHours(-18), ZoneOffset.ofHours(18),
                ZoneOffset.ofHoursMinutes(-9, -30), ZoneOffset.ofHours(1), ZoneOffset.ofHours(2),
                ZoneOffset.ofHours(3));
        OffsetDateTime t = OffsetDateTime.parse("2025-12-31T22:00:00Z");
        DateTimes times = new DateTimes();
        for (int i = 0; i < 20_000; i++) {
            t = t.plusSeconds(random.nextInt(20)).withNano(random.nextInt(4) == 0 ? random.nextInt(1000) * 1000 : 0);
            check(times, t.withOffsetSameInstant(offsets.get(random.nextInt(offsets.size())))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }

    @Test
    void everyByteAfterTheHourChangedAfterAValidDateTimeReadsAsJavaTimeSays() {
        Random random = new Random(7);
        byte[] others = { '0', '5', '9', ':', '.', '+', '-', 'Z', 'T', ' ', 'a', 0, (byte) 0xC3 };
        for (String valid : List.of("2026-10-01T09:15:02+08:00", "2024-02-29T23:59:59.75Z",
                "2026-12-31T00:00:00.000000001-05:30")) {
            for (int at = 13; at < valid.length(); at++) {
                for (byte other : others) {
                    byte[] b = valid.getBytes(StandardCharsets.US_ASCII);
                    b[at] = other;
                    String changed = new String(b, StandardCharsets.ISO_8859_1);
                    DateTimes times = new DateTimes();
                    check(times, valid);
                    check(times, changed);
                    check(times, valid);
                }
            }
            // random minutes, seconds and fractions within the hour
            String offset = valid.endsWith("Z") ? "Z" : valid.substring(valid.length() - 6);
            DateTimes times = new DateTimes();
            for (int round = 0; round < 1000; round++) {
                String fraction = random.nextInt(3) == 0 ? "." + (1 + random.nextInt(999_999_999)) : "";
                check(times, valid.substring(0, 14) + String.format("%02d:%02d", random.nextInt(62),
                        random.nextInt(62)) + fraction + offset);
            }
        }
    }

    /** Reads {@code text} and checks the result against java.time (which also takes a point without digits). */
    private static void check(DateTimes times, String text) {
        OffsetDateTime expected;
        try {
            expected = text.matches(".*\\.\\D.*") ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            expected = null;
        }
        // the text in a larger buffer, other bytes around it
        byte[] b = ("9" + text + ",9").getBytes(StandardCharsets.ISO_8859_1);
        boolean read = times.read(b, 1, 1 + text.length());
        assertEquals(expected != null, read, text);
        if (expected == null) {
            return;
        }
        assertEquals(expected.toEpochSecond(), times.epochSecond, text);
        assertEquals(expected.getNano(), times.nano, text);
        assertEquals(expected.getOffset(), times.offset, text);
        assertEquals(expected.toLocalDate().toEpochDay(), times.localDay, text);
        assertEquals(expected, times.value(), text);
    }

    private static void read(DateTimes times, String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        assertTrue(times.read(b, 0, b.length), text);
    }
}
