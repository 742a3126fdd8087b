package io.posestate.audit.internal;

import java.time.LocalDate;
import java.util.Arrays;

import io.posestate.audit.api.AuditContext;
import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TerminalState;
import io.posestate.exchange.internal.TerminalFields;

/**
 * The registered terminals as columns, by serial index: a million terminals are a few primitive arrays instead of
 * millions of rows and Strings for the garbage collector to copy and mark. Vendor, model and firmware (few
 * distinct values) are kept once each; {@link #row} builds a full row when asked.
 */
public final class TerminalTable {

    private static final ConnectionType[] CONNECTIONS = ConnectionType.values();
    private static final TerminalState[] STATES = TerminalState.values();
    /** See {@link #activatedEpochDay}. */
    public static final int NO_DATE = Integer.MIN_VALUE;
    private static final int NO_TEXT = -1;

    /** The distinct vendor, model and firmware texts. */
    private final StringIndex texts = new StringIndex(256);
    private byte[] scratch = new byte[64];
    private long[] facts;
    private byte[] connection;
    private byte[] state;
    private int[] activatedDay;
    private int[] vendor;
    private int[] model;
    private int[] firmware;
    private int size;

    TerminalTable(int expected) {
        int n = Math.max(16, expected);
        facts = new long[n];
        connection = new byte[n];
        state = new byte[n];
        activatedDay = new int[n];
        vendor = new int[n];
        model = new int[n];
        firmware = new int[n];
    }

    /** The table of a context's registered terminals (the engine's own, or one built from its rows). */
    public static TerminalTable of(AuditContext context) {
        if (context instanceof EstateContext e) {
            return e.terminals;
        }
        TerminalTable table = new TerminalTable(context.terminalCount());
        for (int i = 0; i < context.terminalCount(); i++) {
            table.add(context.terminalAt(i));
        }
        table.trim();
        return table;
    }

    /** Adds a kept terminal read as fields (its serial is indexed by the caller). */
    void add(TerminalFields f) {
        int i = next();
        long merchant = f.merchantNumber == TerminalFields.NO_MERCHANT ? TerminalFacts.NO_MERCHANT : f.merchantNumber;
        int region = f.deployedRegion == TerminalFields.NO_REGION ? TerminalFacts.NO_REGION : f.deployedRegion;
        facts[i] = TerminalFacts.pack(merchant, region);
        connection[i] = (byte) f.connection.ordinal();
        state[i] = (byte) f.state.ordinal();
        activatedDay[i] = f.activatedDay == TerminalFields.NO_DATE ? NO_DATE : (int) f.activatedDay;
        vendor[i] = text(f, TerminalFields.VENDOR);
        model[i] = text(f, TerminalFields.MODEL);
        firmware[i] = text(f, TerminalFields.FIRMWARE);
    }

    /** Adds a terminal given as a row (a registry read from the store, or another context). */
    void add(TerminalRow t) {
        int i = next();
        facts[i] = TerminalFacts.of(t);
        connection[i] = (byte) t.connection().ordinal();
        state[i] = (byte) t.state().ordinal();
        activatedDay[i] = t.activatedAt() == null ? NO_DATE : (int) t.activatedAt().toEpochDay();
        vendor[i] = text(t.vendor());
        model[i] = text(t.model());
        firmware[i] = text(t.firmware());
    }

    public int size() {
        return size;
    }

    /** Per terminal, see {@link TerminalFacts} (the array itself: index {@code [0, size())}). */
    public long[] facts() {
        return facts;
    }

    public boolean active(int i) {
        return state[i] == TerminalState.ACTIVE.ordinal();
    }

    /** activated_at as an epoch day, or {@link #NO_DATE} (for loops over all terminals: no LocalDate each). */
    public int activatedEpochDay(int i) {
        return activatedDay[i];
    }

    /** activated_at, or null. */
    public LocalDate activatedAt(int i) {
        return activatedDay[i] == NO_DATE ? null : LocalDate.ofEpochDay(activatedDay[i]);
    }

    /** The bound merchant_no, or null. */
    public String merchantNo(int i) {
        long m = TerminalFacts.merchant(facts[i]);
        return m == TerminalFacts.NO_MERCHANT ? null : TerminalFacts.merchantNo(m);
    }

    /** deployed_region, or null. */
    public String deployedRegion(int i) {
        int r = TerminalFacts.region(facts[i]);
        return r == TerminalFacts.NO_REGION ? null : TerminalFacts.regionCode(r);
    }

    /** The full row of the terminal at {@code i}, whose serial number is {@code serial}. */
    TerminalRow row(int i, String serial, String[] textValues) {
        return new TerminalRow(serial, textValues[vendor[i]], textValues[model[i]], CONNECTIONS[connection[i]],
                firmware[i] == NO_TEXT ? null : textValues[firmware[i]], merchantNo(i), STATES[state[i]],
                deployedRegion(i), activatedAt(i));
    }

    /** The distinct texts by id, for {@link #row} (one String each, shared by all rows). */
    String[] textValues() {
        String[] values = new String[texts.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = texts.get(k);
        }
        return values;
    }

    /** Drops the spare room: the columns are then exactly {@link #size()} long. */
    void trim() {
        if (facts.length != size) {
            resize(size);
        }
    }

    private int next() {
        if (size == facts.length) {
            resize(Math.max(16, size * 2));
        }
        return size++;
    }

    private void resize(int n) {
        facts = Arrays.copyOf(facts, n);
        connection = Arrays.copyOf(connection, n);
        state = Arrays.copyOf(state, n);
        activatedDay = Arrays.copyOf(activatedDay, n);
        vendor = Arrays.copyOf(vendor, n);
        model = Arrays.copyOf(model, n);
        firmware = Arrays.copyOf(firmware, n);
    }

    private int text(TerminalFields f, int which) {
        if (!f.present(which)) {
            return NO_TEXT;
        }
        int max = f.maxBytes(which);
        if (max > scratch.length) {
            scratch = new byte[Math.max(max, 2 * scratch.length)];
        }
        return texts.add(scratch, 0, f.copy(which, scratch, 0));
    }

    private int text(String value) {
        return value == null ? NO_TEXT : texts.add(value);
    }
}
