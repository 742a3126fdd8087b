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
    private static final int TEXTS = 3;

    /** The distinct vendor, model and firmware texts. */
    private final StringIndex texts = new StringIndex(256);
    private long[] facts;
    private byte[] connection;
    private byte[] state;
    private int[] activatedDay;
    /** Per terminal the ids in {@link #texts} of its {@link #TEXTS} texts (in {@link TerminalFields} order). */
    private int[] textIds;
    private int size;

    TerminalTable(int expected) {
        int n = Math.max(16, expected);
        facts = new long[n];
        connection = new byte[n];
        state = new byte[n];
        activatedDay = new int[n];
        textIds = new int[n * TEXTS];
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
        for (int t = 0; t < TEXTS; t++) { // one call site: the JIT compiles the index lookup once, not three times
            int s = g.textStart(k, t);
            int e = g.textEnd(k, t);
            textIds[i * TEXTS + t] = s == e ? NO_TEXT : texts.add(g.bytes(), s, e);
        }
    }

    /** Adds a terminal given as a row (a registry read from the store, or another context). */
    void add(TerminalRow t) {
        int i = next();
        facts[i] = TerminalFacts.of(t);
        connection[i] = (byte) t.connection().ordinal();
        state[i] = (byte) t.state().ordinal();
        activatedDay[i] = t.activatedAt() == null ? NO_DATE : (int) t.activatedAt().toEpochDay();
        textIds[i * TEXTS + TerminalFields.VENDOR] = text(t.vendor());
        textIds[i * TEXTS + TerminalFields.MODEL] = text(t.model());
        textIds[i * TEXTS + TerminalFields.FIRMWARE] = text(t.firmware());
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
        int firmware = textIds[i * TEXTS + TerminalFields.FIRMWARE];
        return new TerminalRow(serial, textValues[textIds[i * TEXTS + TerminalFields.VENDOR]],
                textValues[textIds[i * TEXTS + TerminalFields.MODEL]], CONNECTIONS[connection[i]],
                firmware == NO_TEXT ? null : textValues[firmware], merchantNo(i), STATES[state[i]],
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

    /** Drops the spare room of {@link #facts()}, whose length the rules take as the number of terminals. */
    void trim() {
        if (facts.length != size) {
            facts = Arrays.copyOf(facts, size);
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
        textIds = Arrays.copyOf(textIds, n * TEXTS);
    }

    private int text(String value) {
        return value == null ? NO_TEXT : texts.add(value);
    }
}
