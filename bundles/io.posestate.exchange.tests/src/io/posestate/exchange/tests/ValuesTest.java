package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.posestate.exchange.internal.Values;

/** The hand-rolled value parsers agree with java.time on every accepted form and refuse all others. */
class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = { "2026-10-01T09:15:02+08:00", "2026-10-01T09:15:02Z", "2026-10-01T00:00:00.5Z",
            "2024-02-29T23:59:59.123456789-05:30", "2026-12-31T23:59:59.000+14:00", "1999-01-01T12:30:00-18:00",
            "2026-10-01T09:15:02-00:00", "2000-02-29T10:00:00+00:00" })
    void acceptedDateTimes(String text) {
        assertEquals(OffsetDateTime.parse(text), dateTime(text));
        // the allocation-free parts (as the streaming audit reads them)
        OffsetDateTime t = OffsetDateTime.parse(text);
        byte[] b = bytes(text);
        int[] parts = new int[Values.DATE_TIME_PARTS];
        assertEquals(t.getOffset(), Values.dateTimeParts(b, 1, b.length - 1, parts));
        assertArrayEquals(new int[] { t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
            t.getSecond(), t.getNano() }, parts);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-10-01T09:15:02", "2026-10-01T09:15+08:00", "2026-10-01T09:15:02+08",
            "2026-10-01T09:15:02+0800", "2026-10-01T09:15:02z", "2026-10-01t09:15:02Z", "2026-10-01T09:15:02.Z",
            "2026-10-01T09:15:02.1234567890Z", "2026-10-01T24:00:00Z", "2026-10-01T23:60:00Z",
            "2026-10-01T23:59:60Z", "2026-10-01T09:15:02+18:01", "2026-10-01T09:15:02+08:60", "1900-02-29T09:15:02Z",
            "2026-04-31T09:15:02Z", "2026-13-01T09:15:02Z", "2026-00-01T09:15:02Z", "2026-10-01T09:15:02Z ",
            " 2026-10-01T09:15:02Z", "2026-10-01T09:15:02+08:00[Asia/Shanghai]", "+2026-10-01T09:15:02Z",
            "2026-10-01T09:15:02UTC", "2026-1-01T09:15:02Z" })
    void refusedDateTimes(String text) {
        assertNull(dateTime(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-10-01", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31" })
    void acceptedDates(String text) {
        assertEquals(LocalDate.parse(text), date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-02-29", "1900-02-29", "2026-11-31", "2026-10-1", "26-10-01", "2026/10/01",
            "2026-10-01T00:00", "2026-10-00", "2026-1a-01", "" })
    void refusedDates(String text) {
        assertNull(date(text));
    }

    @ParameterizedTest
    @CsvSource({ "0,0", "1,100", "1.5,150", "1234.50,123450", "0.01,1", "007.07,707",
            "9999999999999999.99,999999999999999999", "0000000000000000000012.30,1230" })
    void acceptedAmounts(String text, long cents) {
        assertEquals(cents, amount(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ".", "1.", ".5", "1.234", "-1", "+1", "1e3", "1E3", "NaN", "Infinity", "1,5",
            " 1", "1 ", "1.5.0", "0x10", "١٢", "1.00 ", "12.3a" })
    void refusedAmounts(String text) {
        assertEquals(Values.NOT_AN_AMOUNT, amount(text));
    }

    @Test
    void amountsBeyondALongOfCentsAreTooLarge() {
        assertEquals(Values.AMOUNT_TOO_LARGE, amount("10000000000000000"));
        assertEquals(Values.AMOUNT_TOO_LARGE, amount("99999999999999999999.99"));
    }

    @Test
    void digitsOfEveryLengthAgreeWithParseLong() {
        Random random = new Random(18);
        for (int n = 1; n <= 18; n++) {
            for (int round = 0; round < 200; round++) {
                StringBuilder digits = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    digits.append((char) ('0' + (round == 0 ? 9 : round == 1 ? 0 : random.nextInt(10))));
                }
                String text = digits.toString();
                for (int after : new int[] { 0, 1, 7, 20 }) {
                    byte[] b = (text + "9".repeat(after)).getBytes(StandardCharsets.US_ASCII);
                    assertEquals(Long.parseLong(text), Values.digitsValue(b, 0, n, n), text);
                    assertEquals(Values.NOT_DIGITS, Values.digitsValue(b, 0, n, n + 1), text);
                }
            }
        }
    }

    @Test
    void digitsWithAnyOtherByteAnywhereAreRefused() {
        byte[] others = { '/', ':', ' ', 'a', '-', '.', 0, (byte) 0xD9, (byte) 0xFA, (byte) 0xFF };
        for (int n = 1; n <= 18; n++) {
            for (int at = 0; at < n; at++) {
                for (byte other : others) {
                    for (int after : new int[] { 0, 3, 20 }) {
                        byte[] b = ("1".repeat(n) + "2".repeat(after)).getBytes(StandardCharsets.US_ASCII);
                        b[at] = other;
                        assertEquals(Values.NOT_DIGITS, Values.digitsValue(b, 0, n, n), n + " digits, " + at);
                    }
                }
            }
        }
    }

    @Test
    void shortAmountsWithTwoDecimalsAgreeWithBigDecimal() {
        Random random = new Random(100);
        for (int integers = 1; integers <= 6; integers++) {
            for (int round = 0; round < 100; round++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < integers + 2; i++) {
                    text.append((char) ('0' + random.nextInt(10))).append(i == integers - 1 ? "." : "");
                }
                long cents = new BigDecimal(text.toString()).movePointRight(2).longValueExact();
                assertEquals(cents, amount(text.toString()), text::toString);
                byte[] atEnd = text.toString().getBytes(StandardCharsets.US_ASCII);
                assertEquals(cents, Values.amountCents(atEnd, 0, atEnd.length), text::toString);
                for (int at = 0; at < text.length(); at++) {
                    for (char other : new char[] { '/', ':', '.', ' ', 'e', '-', (char) 0 }) {
                        if (other != text.charAt(at)) {
                            String bad = text.substring(0, at) + other + text.substring(at + 1);
                            assertEquals(Values.NOT_AN_AMOUNT, amount(bad), bad);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aDateTimeWithAnyOtherByteInItsFixedPartIsRefused() {
        String valid = "2026-10-01T09:15:02+08:00";
        for (int at = 0; at < 19; at++) {
            for (char other : new char[] { '/', ':', '-', 'T', ' ', 'a', '0', '5', (char) 0x7F }) {
                if (other == valid.charAt(at) || Character.isDigit(other) && Character.isDigit(valid.charAt(at))) {
                    continue;
                }
                String text = valid.substring(0, at) + other + valid.substring(at + 1);
                assertNull(dateTime(text), text);
            }
        }
        assertEquals(OffsetDateTime.parse(valid), dateTime(valid));
    }

    @Test
    void formatsAreCanonical() {
        assertEquals("2026-10-01T09:15:00+08:00",
                Values.formatDateTime(OffsetDateTime.of(2026, 10, 1, 9, 15, 0, 0, ZoneOffset.ofHours(8))));
        assertEquals("2026-10-01T09:15:02.12Z",
                Values.formatDateTime(OffsetDateTime.of(2026, 10, 1, 9, 15, 2, 120_000_000, ZoneOffset.UTC)));
        assertEquals("0999-01-02", Values.formatDate(LocalDate.of(999, 1, 2)));
        assertEquals("0.05", Values.formatAmount(5));
        assertEquals("1234.50", Values.formatAmount(123450));
        assertThrows(IllegalArgumentException.class, () -> Values.formatAmount(-1));
        assertThrows(IllegalArgumentException.class, () -> Values.formatDateTime(
                OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(30))));
    }

    private static OffsetDateTime dateTime(String text) {
        byte[] b = bytes(text);
        return Values.dateTime(b, 1, b.length - 1);
    }

    private static LocalDate date(String text) {
        byte[] b = bytes(text);
        long day = Values.epochDay(b, 1, b.length - 1);
        return day == Values.NOT_A_DATE ? null : LocalDate.ofEpochDay(day);
    }

    private static long amount(String text) {
        byte[] b = bytes(text);
        return Values.amountCents(b, 1, b.length - 1);
    }

    /** The text framed by one byte each side, so parsers must respect the bounds they are given. */
    private static byte[] bytes(String text) {
        return ("9" + text + "9").getBytes(StandardCharsets.UTF_8);
    }
}
