package io.posestate.audit.internal;

import java.time.LocalDate;
import java.util.Arrays;

import io.posestate.audit.api.AuditContext;
import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TerminalState;
import io.posestate.exchange.internal.TerminalFields;
import io.posestate.exchange.internal.TerminalGroup;

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

    /** Adds kept terminal {@code k} of a group read from terminals.csv (its serial is indexed by the caller). */
    void add(TerminalGroup g, int k) {
        int i = next();
        long merchant = g.merchantNumber(k);
        int region = g.deployedRegion(k);
        facts[i] = TerminalFacts.pack(merchant == TerminalFields.NO_MERCHANT ? TerminalFacts.NO_MERCHANT : merchant,
                region == TerminalFields.NO_REGION ? TerminalFacts.NO_REGION : region);
        connection[i] = (byte) g.connection(k).ordinal();
        state[i] = (byte) g.state(k).ordinal();
        long day = g.activatedDay(k);
        activatedDay[i] = day == TerminalFields.NO_DATE ? NO_DATE : (int) day;
        vendor[i] = text(g, k, TerminalFields.VENDOR);
        model[i] = text(g, k, TerminalFields.MODEL);
        firmware[i] = text(g, k, TerminalFields.FIRMWARE);
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

    private int text(TerminalGroup g, int k, int which) {
        int s = g.textStart(k, which);
        int e = g.textEnd(k, which);
        return s == e ? NO_TEXT : texts.add(g.bytes(), s, e);
    }

    private int text(String value) {
        return value == null ? NO_TEXT : texts.add(value);
    }
}
