package io.posestate.exchange.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The date-times of one column read record after record (the time of transactions.csv) as an instant, its offset
 * and its local day, without allocating. Records near each other mostly share their date and hour in each offset (a
 * file in time order, written in the offsets of a few regions): for each offset (a few, by a hash of its text) the
 * hour of the last date-time fully checked is kept, and a date-time whose bytes 0-12 ({@code YYYY-MM-DDTHH}) and
 * offset are those of its offset's hour has only its minutes, seconds and fraction checked, the rest coming from
 * that hour; anything else takes the full check of {@link Values#dateTimeParts}. The full check on every record was
 * 30 ns of the ~250 ns a transaction costs the parser thread.
 */
final class DateTimes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long SECONDS_PER_DAY = 86_400;
    /** Bytes 8-12 ({@code DDTHH}) of a word read at byte 8. */
    private static final long HOUR_BYTES = 0xFF_FFFF_FFFFL;
    /** Length of the fixed part {@code YYYY-MM-DDTHH:MM:SS}. */
    private static final int FIXED = 19;
    /** Hours kept: one per offset, by the high bits of a hash of its text. */
    private static final int HOUR_BITS = 3;
    private static final int HOURS = 1 << HOUR_BITS;

    /** An hour of one offset, as fully checked. */
    private static final class Hour {
        /** Bytes 0-7 and 8-12 of the date-time, and its offset's text as the low bytes of a word. */
        long date;
        long hour = -1; // none yet: no masked word is -1
        long offset;
        ZoneOffset zone;
        /** The instant the hour starts, in epoch seconds, and its local day. */
        long start;
        long day;
    }

    private final int[] parts = new int[Values.DATE_TIME_PARTS];
    private final Hour[] hours = new Hour[HOURS];

    /** The date-time read last: epoch second, nano of second, offset and local date (days since 1970-01-01). */
    long epochSecond;
    int nano;
    ZoneOffset offset;
    long localDay;

    DateTimes() {
        for (int i = 0; i < HOURS; i++) {
            hours[i] = new Hour();
        }
    }

    /**
     * Reads a date-time {@code YYYY-MM-DDTHH:MM:SS} with optional fraction and offset {@code Z} or {@code ±HH:MM}
     * (the form {@link Values#dateTimeParts} checks) from {@code [s, e)}; false if the bytes are not of the form
     * (the fields are then undefined).
     */
    boolean read(byte[] b, int s, int e) {
        if (e - s <= FIXED) {
            return false;
        }
        int offsetLength = b[e - 1] == 'Z' ? 1 : 6; // if it is one
        long offsetText = lastBytes(b, e, offsetLength);
        Hour h = hours[(int) (offsetText * 0x9E3779B97F4A7C15L >>> Long.SIZE - HOUR_BITS)];
        if ((long) LONGS.get(b, s) != h.date || ((long) LONGS.get(b, s + Long.BYTES) & HOUR_BYTES) != h.hour
                || offsetText != h.offset) {
            return readFully(b, s, e, h, offsetText);
        }
        int p = s + FIXED;
        int fraction = 0;
        if (b[p] == '.') {
            p = Values.fraction(b, p + 1, e, parts);
            if (p < 0) {
                return false;
            }
            fraction = parts[6];
        }
        int minuteSecond = Values.minuteSecond(b, s);
        if (e - p != offsetLength || minuteSecond < 0) {
            return false;
        }
        epochSecond = h.start + minuteSecond;
        nano = fraction;
        offset = h.zone;
        localDay = h.day;
        return true;
    }

    /** The full check; a valid date-time becomes the hour of its offset (whose text is given) in {@code h}. */
    private boolean readFully(byte[] b, int s, int e, Hour h, long offsetText) {
        ZoneOffset zone = Values.dateTimeParts(b, s, e, parts);
        if (zone == null) {
            return false;
        }
        h.day = Values.epochDay(parts[0], parts[1], parts[2]);
        h.start = h.day * SECONDS_PER_DAY + parts[3] * 3600 - zone.getTotalSeconds();
        h.date = (long) LONGS.get(b, s);
        h.hour = (long) LONGS.get(b, s + Long.BYTES) & HOUR_BYTES;
        h.offset = offsetText;
        h.zone = zone;
        epochSecond = h.start + parts[4] * 60 + parts[5];
        nano = parts[6];
        offset = zone;
        localDay = h.day;
        return true;
    }

    /** The date-time read last. */
    OffsetDateTime value() {
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(epochSecond, nano, offset), offset);
    }

    /** The {@code n} (1-8) bytes before {@code e} as the low bytes of a word. */
    private static long lastBytes(byte[] b, int e, int n) {
        return (long) LONGS.get(b, e - Long.BYTES) >>> (Long.SIZE - n * Byte.SIZE);
    }
}
