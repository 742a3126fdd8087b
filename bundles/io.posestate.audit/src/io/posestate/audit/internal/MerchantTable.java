package io.posestate.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.posestate.audit.api.AuditContext;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.internal.MerchantFields;

/**
 * The registered merchants as columns, in registry order: the merchant number, the status and the texts of
 * {@link MerchantFields} as UTF-8 bytes in one array, instead of hundreds of thousands of rows and millions of
 * Strings for the garbage collector to copy and mark. {@link #row} builds a full row when asked.
 */
public final class MerchantTable {

    private static final MerchantStatus[] STATUSES = MerchantStatus.values();
    private static final int TEXTS = MerchantFields.TEXTS;

    private long[] number;
    private byte[] status;
    /** Texts of merchant i: text t is {@code bytes[ends[i * TEXTS + t - 1], ends[i * TEXTS + t])}; empty = absent. */
    private int[] ends;
    private byte[] bytes;
    private int size;

    /** @param textBytes about how many bytes the texts of all merchants take (the table grows when they need more) */
    MerchantTable(int expected, int textBytes) {
        int n = Math.max(16, expected);
        number = new long[n];
        status = new byte[n];
        ends = new int[n * TEXTS + 1];
        bytes = new byte[Math.max(64, textBytes)];
    }

    /** The table of a context's merchants (the engine's own, or one built from its rows). */
    public static MerchantTable of(AuditContext context) {
        if (context instanceof EstateContext e) {
            return e.merchantTable;
        }
        MerchantTable table = new MerchantTable(context.merchants().size(), context.merchants().size() * 64);
        context.merchants().values().forEach(table::add);
        return table;
    }

    /** Adds a kept merchant read as fields. */
    void add(MerchantFields f) {
        int i = next(f.merchantNumber, f.status);
        for (int t = 0; t < TEXTS; t++) {
            int at = ends[i * TEXTS + t];
            if (f.present(t)) {
                room(at + f.maxBytes(t));
                at = f.copy(t, bytes, at);
            }
            ends[i * TEXTS + t + 1] = at;
        }
    }

    /** Adds a merchant given as a row (a registry read from the store, or another context). */
    void add(MerchantRow m) {
        int i = next(TerminalFacts.digits(m.merchantNo()), m.status());
        String[] texts = { m.name(), m.acquirerCode(), m.settlementAccount(), m.phone(), m.backupPhone(), m.email(),
                m.address() };
        for (int t = 0; t < TEXTS; t++) {
            int at = ends[i * TEXTS + t];
            if (texts[t] != null) {
                byte[] b = texts[t].getBytes(StandardCharsets.UTF_8);
                room(at + b.length);
                System.arraycopy(b, 0, bytes, at, b.length);
                at += b.length;
            }
            ends[i * TEXTS + t + 1] = at;
        }
    }

    public int size() {
        return size;
    }

    public String merchantNo(int i) {
        return TerminalFacts.merchantNo(number[i]);
    }

    /** Whether text {@code t} (a {@link MerchantFields} text) of merchant {@code i} is present. */
    public boolean present(int i, int t) {
        return ends[i * TEXTS + t + 1] > ends[i * TEXTS + t];
    }

    /** Text {@code t} (a {@link MerchantFields} text) of merchant {@code i}, or null when absent. */
    public String text(int i, int t) {
        int s = ends[i * TEXTS + t];
        int e = ends[i * TEXTS + t + 1];
        return e == s ? null : new String(bytes, s, e - s, StandardCharsets.UTF_8);
    }

    /**
     * The index in {@code keys} of text {@code t} of merchant {@code i}, or -1 when it is absent or not a key: its
     * bytes are looked up as they are, where {@link #text} makes a String (a lookup per merchant made 36 MB of them).
     */
    public int indexIn(StringIndex keys, int i, int t) {
        int s = ends[i * TEXTS + t];
        int e = ends[i * TEXTS + t + 1];
        return e == s ? -1 : keys.indexOf(bytes, s, e);
    }

    /** The full row of merchant {@code i} (mcc and region are digits of the merchant number, formats.md). */
    MerchantRow row(int i) {
        String no = merchantNo(i);
        return new MerchantRow(no, text(i, MerchantFields.NAME), no.substring(7, 11), no.substring(3, 7),
                text(i, MerchantFields.ACQUIRER_CODE), text(i, MerchantFields.SETTLEMENT_ACCOUNT),
                text(i, MerchantFields.PHONE), text(i, MerchantFields.BACKUP_PHONE), text(i, MerchantFields.EMAIL),
                text(i, MerchantFields.ADDRESS), STATUSES[status[i]]);
    }

    private int next(long merchantNumber, MerchantStatus st) {
        if (size == number.length) {
            int n = size * 2;
            number = Arrays.copyOf(number, n);
            status = Arrays.copyOf(status, n);
            ends = Arrays.copyOf(ends, n * TEXTS + 1);
        }
        number[size] = merchantNumber;
        status[size] = (byte) st.ordinal();
        return size++;
    }

    private void room(int need) {
        if (need > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(need, bytes.length * 2));
        }
    }
}
