package io.posestate.audit.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditPolicy;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.TerminalRow;

/** The registry snapshot of one audit; serial indexes 0..n-1 are the registered terminals in registry order. */
public final class EstateContext implements AuditContext {

    private final LocalDate asOf;
    private final AuditPolicy policy;
    /** The merchants as columns, and as rows by merchant_no (made on first use). */
    final MerchantTable merchantTable;
    private Map<String, MerchantRow> merchants;
    private Map<String, TerminalRow> terminalMap;
    /** The registered terminals as columns. */
    final TerminalTable terminals;
    /** Their rows, made on first use (the built-in rules never ask for them). */
    private volatile TerminalRow[] terminalRows;
    private final Map<String, PhoneStatusRow> phoneStatus;
    private final Set<String> licensed;
    final StringIndex serials;
    /** Serials not registered, in order of first appearance in the transactions: index {@code n + i}. */
    final StringIndex unknownSerials = new StringIndex(1 << 12);
    /** Per registered terminal, see {@link TerminalFacts}. */
    final long[] facts;
    /** About how many transactions the audit streams (from the file size), to size tables up front; 0 = unknown. */
    long expectedTransactions;

    /**
     * @param terminals the kept terminals in registry order
     * @param serials   their serial numbers at the same indexes (unknown serials are added while streaming)
     */
    EstateContext(LocalDate asOf, AuditPolicy policy, MerchantTable merchants, TerminalTable terminals,
            StringIndex serials, Map<String, PhoneStatusRow> phoneStatus, Set<String> licensed) {
        if (serials.size() != terminals.size()) {
            throw new IllegalArgumentException(serials.size() + " serials for " + terminals.size() + " terminals");
        }
        terminals.trim();
        this.asOf = asOf;
        this.policy = policy;
        this.merchantTable = merchants;
        this.phoneStatus = Collections.unmodifiableMap(phoneStatus);
        this.licensed = Collections.unmodifiableSet(licensed);
        this.terminals = terminals;
        this.serials = serials;
        this.facts = terminals.facts();
    }

    /** A context over a registry given as maps (e.g. read from the store). */
    static EstateContext of(LocalDate asOf, AuditPolicy policy, Map<String, MerchantRow> merchants,
            Map<String, TerminalRow> terminals, Map<String, PhoneStatusRow> phoneStatus, Set<String> licensed) {
        TerminalTable table = new TerminalTable(terminals.size());
        StringIndex serials = new StringIndex(terminals.size() + 1024);
        for (TerminalRow t : terminals.values()) {
            table.add(t);
            serials.add(t.serialNumber());
        }
        MerchantTable merchantTable = new MerchantTable(merchants.size(), merchants.size() * 64);
        merchants.values().forEach(merchantTable::add);
        EstateContext context = new EstateContext(asOf, policy, merchantTable, table, serials, phoneStatus,
                licensed);
        context.merchants = Collections.unmodifiableMap(merchants);
        context.terminalMap = Collections.unmodifiableMap(terminals);
        return context;
    }

    /** About how many transactions an audit streams, 0 when unknown (sizes tables of built-in rules up front). */
    public static long expectedTransactions(AuditContext context) {
        return context instanceof EstateContext e ? e.expectedTransactions : 0;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public AuditPolicy policy() {
        return policy;
    }

    /** Made on first use (the built-in rules read the columns). */
    @Override
    public synchronized Map<String, MerchantRow> merchants() {
        if (merchants == null) {
            Map<String, MerchantRow> map = new LinkedHashMap<>(merchantTable.size() * 4 / 3 + 1);
            for (int i = 0; i < merchantTable.size(); i++) {
                MerchantRow m = merchantTable.row(i);
                map.put(m.merchantNo(), m);
            }
            merchants = Collections.unmodifiableMap(map);
        }
        return merchants;
    }

    /** Made on first use (the built-in rules go by serial index and never ask for it). */
    @Override
    public synchronized Map<String, TerminalRow> terminals() {
        if (terminalMap == null) {
            TerminalRow[] rows = terminalRows();
            Map<String, TerminalRow> map = new LinkedHashMap<>(rows.length * 4 / 3 + 1);
            for (TerminalRow t : rows) {
                map.put(t.serialNumber(), t);
            }
            terminalMap = Collections.unmodifiableMap(map);
        }
        return terminalMap;
    }

    @Override
    public TerminalRow terminalAt(int serialIndex) {
        return terminalRows()[serialIndex];
    }

    /** The rows of the registered terminals, made from the columns on first use. */
    TerminalRow[] terminalRows() {
        TerminalRow[] made = terminalRows;
        return made != null ? made : makeTerminalRows();
    }

    private synchronized TerminalRow[] makeTerminalRows() {
        if (terminalRows == null) {
            String[] texts = terminals.textValues();
            TerminalRow[] rows = new TerminalRow[terminals.size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = terminals.row(i, serials.get(i), texts);
            }
            terminalRows = rows;
        }
        return terminalRows;
    }

    @Override
    public int terminalCount() {
        return terminals.size();
    }

    @Override
    public String serialAt(int serialIndex) {
        int n = terminals.size();
        return serialIndex < n ? serials.get(serialIndex) : unknownSerials.get(serialIndex - n);
    }

    @Override
    public Map<String, PhoneStatusRow> phoneStatus() {
        return phoneStatus;
    }

    @Override
    public Set<String> licensedAcquirers() {
        return licensed;
    }
}
