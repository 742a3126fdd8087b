package io.posestate.exchange.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

    /** Result of {@link #digitsValue} for bytes that are not exactly the digits asked for. */
    public static final long NOT_DIGITS = -1;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int WORD = 8;
    private static final long ASCII_ZEROS = 0x3030303030303030L;

    /**
     * The value of the bytes if they are exactly {@code n} (1-18) ASCII digits, else {@link #NOT_DIGITS}. Up to
     * sixteen digits are checked and converted eight at a time, as two words (the read path's merchant numbers
     * and regions); longer ones, and short ones at the very end of the array, a byte at a time.
     */
    public static long digitsValue(byte[] b, int s, int e, int n) {
        if (e - s != n) {
            return NOT_DIGITS;
        }
        if (n > WORD && n <= 2 * WORD) {
            // the last eight bytes, those that overlap the first word read as '0'
            int lead = (2 * WORD - n) * Byte.SIZE;
            long last = (long) LONGS.get(b, e - WORD);
            long high = eightDigits((long) LONGS.get(b, s));
            long low = eightDigits(last & (-1L << lead) | ASCII_ZEROS & ~(-1L << lead));
            return (high | low) < 0 ? NOT_DIGITS : high * POWERS_OF_TEN[n - WORD] + low;
        }
        if (n <= WORD && s + WORD <= b.length) {
            // the cell's bytes moved to the end of the word (past the cell shifted out), '0' in front
            int lead = (WORD - n) * Byte.SIZE;
            return eightDigits((long) LONGS.get(b, s) << lead | ASCII_ZEROS & ~(-1L << lead));
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            if (!isDigit(b[i])) {
                return NOT_DIGITS;
            }
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    private static final long[] POWERS_OF_TEN = { 1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000 };

    /** The value of eight ASCII digits in a little-endian word (first digit lowest), or -1 if one is not a digit. */
    private static long eightDigits(long w) {
        // a digit's high nibble is 3, and adding 6 leaves it 3 (a carry out of a byte only comes from a non-digit)
        if ((w & 0xF0F0F0F0F0F0F0F0L | ((w + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4)
                != 0x3333333333333333L) {
            return NOT_DIGITS;
        }
        // pairs, then fours, then all eight combined by multiplication (Lemire's SWAR conversion)
        w = (w & 0x0F0F0F0F0F0F0F0FL) * 2561 >>> 8;
        w = (w & 0x00FF00FF00FF00FFL) * 6553601 >>> 16;
        return (w & 0x0000FFFF0000FFFFL) * 42949672960001L >>> 32;
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
     * hour, minute, second, nano) without allocating; returns its offset, or null if the bytes are not of the form
     * (parts then undefined).
     */
    public static ZoneOffset dateTimeParts(byte[] b, int s, int e, int[] parts) {
        if (e - s < 20 || !fixedFields(b, s, parts)) {
            return null;
        }
        int p = s + 19;
        parts[6] = 0;
        if (b[p] == '.' && (p = fraction(b, p + 1, e, parts)) < 0) {
            return null;
        }
        return offset(b, p, e);
    }

    /**
     * Checks the fixed part {@code YYYY-MM-DDTHH:MM:SS} at {@code s} and, if it is a valid date and time, fills
     * {@code parts[0..5]} (small methods, so that the JIT inlines them on the read path).
     */
    private static boolean fixedFields(byte[] b, int s, int[] parts) {
        // three overlapping words (bytes 0-7, 8-15, 11-18) checked together: XOR with the pattern turns each digit
        // into its value 0-9 and each separator into 0
        long date = (long) LONGS.get(b, s) ^ DATE_PATTERN;
        long day = (long) LONGS.get(b, s + 8) ^ DAY_PATTERN;
        long time = (long) LONGS.get(b, s + 11) ^ TIME_PATTERN;
        if ((date & DATE_SEPARATORS | day & DAY_SEPARATORS | time & TIME_SEPARATORS) != 0
                || (tenOrMore(date) | tenOrMore(day) | tenOrMore(time)) != 0) {
            return false;
        }
        int year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
        int month = digit(date, 5) * 10 + digit(date, 6);
        int dayOfMonth = digit(day, 0) * 10 + digit(day, 1);
        int hour = digit(time, 0) * 10 + digit(time, 1);
        int minute = digit(time, 3) * 10 + digit(time, 4);
        int second = digit(time, 6) * 10 + digit(time, 7);
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month) || hour > 23
                || minute > 59 || second > 59) {
            return false;
        }
        parts[0] = year;
        parts[1] = month;
        parts[2] = dayOfMonth;
        parts[3] = hour;
        parts[4] = minute;
        parts[5] = second;
        return true;
    }

    /**
     * The 1-9 fraction digits from {@code p} as nanoseconds into {@code parts[6]}; returns where they end, or -1
     * when there are none or more than nine. (Apart, so that {@link #dateTimeParts} stays small enough to be
     * inlined.)
     */
    static int fraction(byte[] b, int p, int e, int[] parts) {
        int digits = 0;
        int nano = 0;
        while (p < e && isDigit(b[p])) {
            if (++digits > 9) {
                return -1;
            }
            nano = nano * 10 + (b[p++] - '0');
        }
        if (digits == 0) {
            return -1;
        }
        for (int i = digits; i < 9; i++) {
            nano *= 10;
        }
        parts[6] = nano;
        return p;
    }

    /**
     * Minutes and seconds of the date-time at {@code s} (of at least 19 bytes) as {@code minute * 60 + second}, or -1
     * unless bytes 11-18 are {@code HH:MM:SS} with minutes and seconds in range (the hour is checked to be digits only:
     * {@link DateTimes} knows it from an earlier record).
     */
    static int minuteSecond(byte[] b, int s) {
        long time = (long) LONGS.get(b, s + 11) ^ TIME_PATTERN;
        if ((time & TIME_SEPARATORS | tenOrMore(time)) != 0) {
            return -1;
        }
        int minute = digit(time, 3) * 10 + digit(time, 4);
        int second = digit(time, 6) * 10 + digit(time, 7);
        return minute > 59 || second > 59 ? -1 : minute * 60 + second;
    }

    /** Bytes 0-7, 8-15 and 11-18 of a date-time: '0' where a digit belongs, else the separator. */
    private static final long DATE_PATTERN = pattern("0000-00-");
    private static final long DAY_PATTERN = pattern("00T00:00");
    private static final long TIME_PATTERN = pattern("00:00:00");
    /** Where {@link #DATE_PATTERN} and the others have a separator. */
    private static final long DATE_SEPARATORS = separators("0000-00-");
    private static final long DAY_SEPARATORS = separators("00T00:00");
    private static final long TIME_SEPARATORS = separators("00:00:00");

    private static long pattern(String text) {
        return (long) LONGS.get(text.getBytes(StandardCharsets.US_ASCII), 0);
    }

    private static long separators(String text) {
        long mask = 0;
        for (int i = 0; i < WORD; i++) {
            if (text.charAt(i) != '0') {
                mask |= 0xFFL << (i * Byte.SIZE);
            }
        }
        return mask;
    }

    /**
     * The high bit of each byte of {@code v} that is 10 or more (0 when all are 0-9; a carry out of a byte only
     * comes from one that is flagged itself).
     */
    private static long tenOrMore(long v) {
        return (v + 0x7676767676767676L | v) & 0x8080808080808080L;
    }

    /** Byte {@code i} of a little-endian word. */
    private static int digit(long v, int i) {
        return (int) (v >>> (i * Byte.SIZE)) & 0xFF;
    }

    /** The date-time of parts filled by {@link #dateTimeParts}. */
    public static OffsetDateTime dateTime(int[] parts, ZoneOffset offset) {
        return OffsetDateTime.of(LocalDateTime.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5],
                parts[6]), offset);
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
        int len = e - s;
        if (len >= 4 && len <= WORD && b[e - 3] == '.' && s + WORD <= b.length) {
            // the common form, 1-5 digits, a point and two decimals, as one word: the cell moved to its end, the
            // point dropped by moving the integer digits up a byte, '0' in front; the digits are then the cents
            long w = (long) LONGS.get(b, s) << ((WORD - len) * Byte.SIZE);
            long digits = (w & 0x000000FFFFFFFFFFL) << Byte.SIZE | w & 0xFFFF000000000000L;
            long cents = eightDigits(digits | ASCII_ZEROS & ~(-1L << ((WORD + 1 - len) * Byte.SIZE)));
            return cents < 0 ? NOT_AN_AMOUNT : cents;
        }
        return anyAmountCents(b, s, e);
    }

    /** {@link #amountCents} of any form (apart, so that the common form's path is small enough to be inlined). */
    private static long anyAmountCents(byte[] b, int s, int e) {
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
