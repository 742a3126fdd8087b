package io.posestate.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Exact value forms of formats.md, parsed straight from UTF-8 bytes {@code [s, e)} without regex or
 * java.time formatters (the read hot path), and their canonical text for writing.
 */
public final class Values {

    /** Result of {@link #amountCents} for text that is not of the amount form. */
    public static final long NOT_AN_AMOUNT = -1;

    /** Result of {@link #amountCents} for an amount of the right form whose cents do not fit in a long. */
    public static final long AMOUNT_TOO_LARGE = -2;

    /** Significant integer digits an amount may have so that its cents fit in a long. */
    private static final int MAX_AMOUNT_INTEGER_DIGITS = 16;

    private static final int MAX_OFFSET_MINUTES = 18 * 60;
    private static final ZoneOffset[] OFFSETS = new ZoneOffset[2 * MAX_OFFSET_MINUTES + 1];

    private Values() {
    }

    /** Whether the bytes are exactly {@code n} ASCII digits. */
    public static boolean isDigits(byte[] b, int s, int e, int n) {
        if (e - s != n) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (!isDigit(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes are a non-empty run of ASCII letters, digits and '-'. */
    public static boolean isSerial(byte[] b, int s, int e) {
        if (e == s) {
            return false;
        }
        for (int i = s; i < e; i++) {
            byte c = b[i];
            if (!(isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes are three ASCII upper-case letters (ISO 4217 alphabetic code form). */
    public static boolean isCurrency(byte[] b, int s, int e) {
        if (e - s != 3) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (b[i] < 'A' || b[i] > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Result of {@link #epochDay(byte[], int, int)} for text that is not a date. */
    public static final long NOT_A_DATE = Long.MIN_VALUE;

    /**
     * A {@code YYYY-MM-DD} date in days since 1970-01-01, or {@link #NOT_A_DATE} if the bytes are not exactly that
     * form or not a calendar date.
     */
    public static long epochDay(byte[] b, int s, int e) {
        if (e - s != 10) {
            return NOT_A_DATE;
        }
        int ymd = dateFields(b, s);
        return ymd < 0 ? NOT_A_DATE : epochDay(ymd >> 9, (ymd >> 5) & 15, ymd & 31);
    }

    /**
     * A date-time {@code YYYY-MM-DDTHH:MM:SS} with optional fraction (1-9 digits) and required offset {@code Z}
     * or {@code ±HH:MM} (at most 18:00), or null if the bytes are not exactly that form.
     */
    public static OffsetDateTime dateTime(byte[] b, int s, int e) {
        int[] parts = new int[DATE_TIME_PARTS];
        ZoneOffset offset = dateTimeParts(b, s, e, parts);
        return offset == null ? null : dateTime(parts, offset);
    }

    /** Parts of a date-time filled by {@link #dateTimeParts}: year, month, day, hour, minute, second, nano. */
    public static final int DATE_TIME_PARTS = 7;

    /**
     * Parses a date-time of the {@link #dateTime(byte[], int, int)} form into {@code parts} (year, month, day,
     * hour, minute, second, nano) without allocating; returns its offset, or null if the bytes are not of the form.
     */
    public static ZoneOffset dateTimeParts(byte[] b, int s, int e, int[] parts) {
        if (e - s < 20) {
            return null;
        }
        int ymd = dateFields(b, s);
        if (ymd < 0 || b[s + 10] != 'T' || b[s + 13] != ':' || b[s + 16] != ':') {
            return null;
        }
        int hour = twoDigits(b, s + 11);
        int minute = twoDigits(b, s + 14);
        int second = twoDigits(b, s + 17);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int p = s + 19;
        int nano = 0;
        if (b[p] == '.') {
            int digits = 0;
            p++;
            while (p < e && isDigit(b[p])) {
                if (++digits > 9) {
                    return null;
                }
                nano = nano * 10 + (b[p++] - '0');
            }
            if (digits == 0) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                nano *= 10;
            }
        }
        ZoneOffset offset = offset(b, p, e);
        if (offset == null) {
            return null;
        }
        parts[0] = ymd >> 9;
        parts[1] = (ymd >> 5) & 15;
        parts[2] = ymd & 31;
        parts[3] = hour;
        parts[4] = minute;
        parts[5] = second;
        parts[6] = nano;
        return offset;
    }

    /** The date-time of parts filled by {@link #dateTimeParts}. */
    public static OffsetDateTime dateTime(int[] parts, ZoneOffset offset) {
        return OffsetDateTime.of(LocalDateTime.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5],
                parts[6]), offset);
    }

    /** The local date-time of parts filled by {@link #dateTimeParts} in seconds since 1970-01-01T00:00 (no offset). */
    public static long localEpochSecond(int[] parts) {
        return epochDay(parts[0], parts[1], parts[2]) * 86_400L + parts[3] * 3600 + parts[4] * 60 + parts[5];
    }

    /** Days since 1970-01-01 of a valid proleptic Gregorian date with a year of 0..9999 (as LocalDate#toEpochDay). */
    static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }

    private static final long DAYS_0000_TO_1970 = 719_528L;

    /**
     * An amount (digits, then optionally a point and one or two decimals; no sign, exponent or spaces) in
     * cents, or {@link #NOT_AN_AMOUNT}, or {@link #AMOUNT_TOO_LARGE} beyond 16 significant integer digits.
     */
    public static long amountCents(byte[] b, int s, int e) {
        int p = s;
        while (p < e && b[p] == '0') {
            p++;
        }
        int significant = p;
        long units = 0;
        while (p < e && isDigit(b[p])) {
            units = units * 10 + (b[p++] - '0');
        }
        if (p == s) {
            return NOT_AN_AMOUNT;
        }
        long cents;
        if (p == e) {
            cents = 0;
        } else if (b[p] != '.') {
            return NOT_AN_AMOUNT;
        } else if (e - p == 2 && isDigit(b[p + 1])) {
            cents = (b[p + 1] - '0') * 10;
        } else if (e - p == 3 && isDigit(b[p + 1]) && isDigit(b[p + 2])) {
            cents = (b[p + 1] - '0') * 10 + (b[p + 2] - '0');
        } else {
            return NOT_AN_AMOUNT;
        }
        return p - significant > MAX_AMOUNT_INTEGER_DIGITS ? AMOUNT_TOO_LARGE : units * 100 + cents;
    }

    /** {@code YYYY-MM-DD}. */
    public static String formatDate(LocalDate d) {
        StringBuilder sb = new StringBuilder(10);
        appendDate(sb, d);
        return sb.toString();
    }

    /** The longest {@link #formatDateTime written date-time}: nine fraction digits and an offset. */
    public static final int DATE_TIME_MAX_LENGTH = 35;

    /** {@code YYYY-MM-DDTHH:MM:SS[.fraction]} then {@code Z} or {@code ±HH:MM}; seconds always written. */
    public static String formatDateTime(OffsetDateTime t) {
        byte[] b = new byte[DATE_TIME_MAX_LENGTH];
        return new String(b, 0, putDateTime(b, 0, t), StandardCharsets.US_ASCII);
    }

    /**
     * Puts {@link #formatDateTime(OffsetDateTime) the written form} of {@code t} as ASCII at {@code b[at]} (room for
     * {@link #DATE_TIME_MAX_LENGTH} bytes needed) and returns the index after it: the outputs write bytes.
     */
    public static int putDateTime(byte[] b, int at, OffsetDateTime t) {
        int offsetSeconds = t.getOffset().getTotalSeconds();
        if (offsetSeconds % 60 != 0) {
            throw new IllegalArgumentException("offset " + t.getOffset() + " of " + t
                    + " has seconds; formats.md allows only Z or ±HH:MM");
        }
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("date " + t.toLocalDate() + " has no YYYY-MM-DD form");
        }
        int p = put2(b, put2(b, at, year / 100), year % 100);
        b[p++] = '-';
        p = put2(b, p, t.getMonthValue());
        b[p++] = '-';
        p = put2(b, p, t.getDayOfMonth());
        b[p++] = 'T';
        p = put2(b, p, t.getHour());
        b[p++] = ':';
        p = put2(b, p, t.getMinute());
        b[p++] = ':';
        p = put2(b, p, t.getSecond());
        if (t.getNano() != 0) {
            p = putFraction(b, p, t.getNano());
        }
        if (offsetSeconds == 0) {
            b[p++] = 'Z';
            return p;
        }
        b[p++] = (byte) (offsetSeconds < 0 ? '-' : '+');
        int minutes = Math.abs(offsetSeconds) / 60;
        p = put2(b, p, minutes / 60);
        b[p++] = ':';
        return put2(b, p, minutes % 60);
    }

    /** Two digits of {@code value} (0-99); straight-line, as this runs for every date-time written. */
    private static int put2(byte[] b, int at, int value) {
        b[at] = (byte) ('0' + value / 10);
        b[at + 1] = (byte) ('0' + value % 10);
        return at + 2;
    }

    /** {@code .} and the nanoseconds (1 or more) without trailing zeros. */
    private static int putFraction(byte[] b, int at, int nano) {
        int digits = 9;
        while (nano % 10 == 0) {
            nano /= 10;
            digits--;
        }
        b[at] = '.';
        for (int i = at + digits; i > at; i--) {
            b[i] = (byte) ('0' + nano % 10);
            nano /= 10;
        }
        return at + 1 + digits;
    }

    /** Cents as a decimal with two fraction digits, e.g. 123450 → {@code 1234.50}. */
    public static String formatAmount(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("amount " + cents + " cents is negative; formats.md allows no sign");
        }
        StringBuilder sb = new StringBuilder(20).append(cents / 100).append('.');
        return pad(sb, (int) (cents % 100), 2).toString();
    }

    private static void appendDate(StringBuilder sb, LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            throw new IllegalArgumentException("date " + d + " has no YYYY-MM-DD form");
        }
        pad(sb, d.getYear(), 4).append('-');
        pad(sb, d.getMonthValue(), 2).append('-');
        pad(sb, d.getDayOfMonth(), 2);
    }

    /** {@code value} (0 or more) in at least {@code width} digits (at most 9), zeros in front. */
    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        for (int w = 1, limit = 10; w < width; w++, limit *= 10) {
            if (value < limit) {
                sb.append('0');
            }
        }
        return sb.append(value);
    }

    /** Year, month and day of {@code YYYY-MM-DD} at s packed as year<<9 | month<<5 | day, or -1. */
    private static int dateFields(byte[] b, int s) {
        if (b[s + 4] != '-' || b[s + 7] != '-') {
            return -1;
        }
        int hi = twoDigits(b, s);
        int lo = twoDigits(b, s + 2);
        int month = twoDigits(b, s + 5);
        int day = twoDigits(b, s + 8);
        if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) {
            return -1;
        }
        int year = hi * 100 + lo;
        if (day > daysInMonth(year, month)) {
            return -1;
        }
        return year << 9 | month << 5 | day;
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11:
                return 30;
            default:
                return 31;
        }
    }

    private static ZoneOffset offset(byte[] b, int p, int e) {
        if (e - p == 1 && b[p] == 'Z') {
            return ZoneOffset.UTC;
        }
        if (e - p != 6 || (b[p] != '+' && b[p] != '-') || b[p + 3] != ':') {
            return null;
        }
        int hours = twoDigits(b, p + 1);
        int minutes = twoDigits(b, p + 4);
        if (hours < 0 || minutes < 0 || minutes > 59) {
            return null;
        }
        int total = hours * 60 + minutes;
        if (total > MAX_OFFSET_MINUTES) {
            return null;
        }
        int signed = b[p] == '-' ? -total : total;
        ZoneOffset cached = OFFSETS[signed + MAX_OFFSET_MINUTES];
        if (cached == null) {
            cached = ZoneOffset.ofTotalSeconds(signed * 60);
            OFFSETS[signed + MAX_OFFSET_MINUTES] = cached;
        }
        return cached;
    }

    private static int twoDigits(byte[] b, int p) {
        int a = b[p] - '0';
        int c = b[p + 1] - '0';
        return (a < 0 || a > 9 || c < 0 || c > 9) ? -1 : a * 10 + c;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
