package io.posestate.audit.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import io.posestate.audit.api.AuditedTransaction;

/**
 * Per-slot transaction counts with the earliest and latest counted time (each in its own offset), kept in
 * primitive arrays that grow with the highest slot used. On equal instants the first one seen is kept.
 */
public final class Spans {

    private int[] count;
    private long[] firstSec;
    private int[] firstNano;
    private int[] firstOff;
    private long[] lastSec;
    private int[] lastNano;
    private int[] lastOff;

    public Spans(int initialSlots) {
        empty(Math.max(16, initialSlots));
    }

    /** Forgets every count and drops the arrays for small ones (as {@link StringIndex#clear}, and for that reason). */
    public void clear() {
        empty(16);
    }

    private void empty(int n) {
        count = new int[n];
        firstSec = new long[n];
        firstNano = new int[n];
        firstOff = new int[n];
        lastSec = new long[n];
        lastNano = new int[n];
        lastOff = new int[n];
    }

    /** Counts {@code t} in {@code slot}. */
    public void add(int slot, AuditedTransaction t) {
        if (slot >= count.length) {
            grow(slot);
        }
        long s = t.epochSecond();
        int n = t.nano();
        if (count[slot]++ == 0) {
            firstSec[slot] = lastSec[slot] = s;
            firstNano[slot] = lastNano[slot] = n;
            firstOff[slot] = lastOff[slot] = t.offsetSeconds();
            return;
        }
        if (s < firstSec[slot] || (s == firstSec[slot] && n < firstNano[slot])) {
            firstSec[slot] = s;
            firstNano[slot] = n;
            firstOff[slot] = t.offsetSeconds();
        }
        if (s > lastSec[slot] || (s == lastSec[slot] && n > lastNano[slot])) {
            lastSec[slot] = s;
            lastNano[slot] = n;
            lastOff[slot] = t.offsetSeconds();
        }
    }

    /** Whether {@code t} is strictly earlier than the earliest time counted in {@code slot} (true when empty). */
    public boolean isEarliest(int slot, AuditedTransaction t) {
        if (slot >= count.length || count[slot] == 0) {
            return true;
        }
        return t.epochSecond() < firstSec[slot] || (t.epochSecond() == firstSec[slot] && t.nano() < firstNano[slot]);
    }

    public int count(int slot) {
        return slot < count.length ? count[slot] : 0;
    }

    /** Number of slots that may hold counts (the array length, not the number used). */
    public int capacity() {
        return count.length;
    }

    public OffsetDateTime first(int slot) {
        return time(firstSec[slot], firstNano[slot], firstOff[slot]);
    }

    public OffsetDateTime last(int slot) {
        return time(lastSec[slot], lastNano[slot], lastOff[slot]);
    }

    /**
     * The time of an epoch second and nano in an offset. Made from the local date-time: {@code OffsetDateTime.ofInstant}
     * asks the offset for its {@code ZoneRules}, which a {@code ZoneOffset} makes anew, with a map, at every call.
     */
    public static OffsetDateTime time(long sec, int nano, int offsetSeconds) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSeconds);
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(sec, nano, offset), offset);
    }

    /** Makes room for {@code slots} slots (so that counting in them copies nothing). */
    public void reserve(int slots) {
        if (slots > count.length) {
            resize(slots);
        }
    }

    private void grow(int slot) {
        int n = count.length;
        while (n <= slot) {
            n = 2 * n;
        }
        resize(n);
    }

    private void resize(int n) {
        count = Arrays.copyOf(count, n);
        firstSec = Arrays.copyOf(firstSec, n);
        firstNano = Arrays.copyOf(firstNano, n);
        firstOff = Arrays.copyOf(firstOff, n);
        lastSec = Arrays.copyOf(lastSec, n);
        lastNano = Arrays.copyOf(lastNano, n);
        lastOff = Arrays.copyOf(lastOff, n);
    }
}
