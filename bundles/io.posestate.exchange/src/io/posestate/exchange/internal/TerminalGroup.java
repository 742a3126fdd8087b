package io.posestate.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.Reject;
import io.posestate.exchange.RowOrigin;
import io.posestate.exchange.TerminalState;

/**
 * Up to {@link #CAPACITY} consecutive records of terminals.csv held apart from the scanner (their bytes copied), in
 * file order: each either rejected by the row rules or a valid terminal as numbers and byte ranges. The key rules
 * decide a whole group at once ({@link KeyRules#streamTerminals}), so the lookups of its merchant numbers and
 * serials in tables of millions of entries (a cache miss each) can be started together and overlap.
 */
public final class TerminalGroup {

    static final int CAPACITY = 256;
    private static final int TEXTS = 3;

    private final String file;
    private int size;
    /** Record k's bytes as in the file, then its texts unescaped: ranges of {@link #bytes}. */
    private byte[] bytes = new byte[CAPACITY * 128];
    private int used;
    private final Reject[] rowReject = new Reject[CAPACITY];
    private final long[] line = new long[CAPACITY];
    private final int[] recordStart = new int[CAPACITY];
    private final int[] recordEnd = new int[CAPACITY];
    /** Read by the key rules as a whole (rejected records: an empty serial, any merchant number). */
    final int[] serialStart = new int[CAPACITY];
    final int[] serialEnd = new int[CAPACITY];
    private final int[] merchantNoStart = new int[CAPACITY];
    private final int[] merchantNoEnd = new int[CAPACITY];
    private final int[] textStart = new int[CAPACITY * TEXTS];
    private final int[] textEnd = new int[CAPACITY * TEXTS];
    final long[] merchantNumber = new long[CAPACITY];
    private final int[] deployedRegion = new int[CAPACITY];
    private final long[] activatedDay = new long[CAPACITY];
    private final ConnectionType[] connection = new ConnectionType[CAPACITY];
    private final TerminalState[] state = new TerminalState[CAPACITY];
    /** What the key lookups' touches read, kept so that they are not optimised away. */
    long touched;

    TerminalGroup(String file) {
        this.file = file;
    }

    /** Adds a record the row rules rejected; true when the group is then full. */
    boolean add(Reject reject) {
        rowReject[size] = reject;
        serialStart[size] = 0;
        serialEnd[size] = 0;
        return ++size == CAPACITY;
    }

    /** Adds a valid record (copied now, as the scanner moves on); true when the group is then full. */
    boolean add(TerminalFields f, RowOrigin origin) {
        int k = size;
        rowReject[k] = null;
        line[k] = origin.line();
        int rs = f.recordStart();
        int re = f.recordEnd();
        int need = re - rs;
        for (int t = 0; t < TEXTS; t++) {
            need += f.present(t) ? f.maxBytes(t) : 0;
        }
        int at = room(need);
        System.arraycopy(f.buffer(), rs, bytes, at, re - rs);
        int shift = at - rs; // record offsets in the scanner's buffer -> in bytes
        recordStart[k] = at;
        recordEnd[k] = re + shift;
        serialStart[k] = f.serialStart() + shift;
        serialEnd[k] = f.serialEnd() + shift;
        merchantNumber[k] = f.merchantNumber;
        if (f.merchantNumber != TerminalFields.NO_MERCHANT) {
            merchantNoStart[k] = f.merchantNoStart() + shift;
            merchantNoEnd[k] = f.merchantNoEnd() + shift;
        }
        at = re + shift;
        for (int t = 0; t < TEXTS; t++) {
            textStart[k * TEXTS + t] = at;
            if (f.present(t)) {
                at = f.copy(t, bytes, at);
            }
            textEnd[k * TEXTS + t] = at;
        }
        used = at;
        deployedRegion[k] = f.deployedRegion;
        activatedDay[k] = f.activatedDay;
        connection[k] = f.connection;
        state[k] = f.state;
        return ++size == CAPACITY;
    }

    /** Empties the group for the next records. */
    void clear() {
        size = 0;
        used = 0;
    }

    public int size() {
        return size;
    }

    /** Whether record k passed the row rules. */
    public boolean valid(int k) {
        return rowReject[k] == null;
    }

    /** The reject of record k by the row rules (when not {@link #valid}). */
    Reject rowReject(int k) {
        return rowReject[k];
    }

    /** A reject of valid record k for a cross-row rule. */
    Reject reject(int k, String reason) {
        return new Reject(file, line[k], reason, new String(bytes, recordStart[k], recordEnd[k] - recordStart[k],
                StandardCharsets.UTF_8));
    }

    public long line(int k) {
        return line[k];
    }

    /** The bytes the ranges below point into (valid until the group is refilled). */
    public byte[] bytes() {
        return bytes;
    }

    /** serial_number of record k is {@code bytes()[serialStart(k), serialEnd(k))}. */
    public int serialStart(int k) {
        return serialStart[k];
    }

    public int serialEnd(int k) {
        return serialEnd[k];
    }

    public String serialNumber(int k) {
        return new String(bytes, serialStart[k], serialEnd[k] - serialStart[k], StandardCharsets.ISO_8859_1);
    }

    /** merchant_no as written (15 digits), or null when absent. */
    public String merchantNo(int k) {
        return merchantNumber[k] == TerminalFields.NO_MERCHANT ? null
                : new String(bytes, merchantNoStart[k], merchantNoEnd[k] - merchantNoStart[k],
                        StandardCharsets.ISO_8859_1);
    }

    /**
     * Text {@code t} of record k ({@link TerminalFields#VENDOR}, {@link TerminalFields#MODEL},
     * {@link TerminalFields#FIRMWARE}) as UTF-8 bytes, doubled quotes unescaped: {@code bytes()[textStart, textEnd)},
     * empty when absent.
     */
    public int textStart(int k, int t) {
        return textStart[k * TEXTS + t];
    }

    public int textEnd(int k, int t) {
        return textEnd[k * TEXTS + t];
    }

    /** See {@link TerminalFields#merchantNumber}. */
    public long merchantNumber(int k) {
        return merchantNumber[k];
    }

    /** See {@link TerminalFields#deployedRegion}. */
    public int deployedRegion(int k) {
        return deployedRegion[k];
    }

    /** See {@link TerminalFields#activatedDay}. */
    public long activatedDay(int k) {
        return activatedDay[k];
    }

    public ConnectionType connection(int k) {
        return connection[k];
    }

    public TerminalState state(int k) {
        return state[k];
    }

    /** Where the next {@code n} bytes go, growing {@link #bytes} when they do not fit. */
    private int room(int n) {
        if (used + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(used + n, 2 * bytes.length));
        }
        return used;
    }
}
