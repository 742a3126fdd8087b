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
    private final Map<String, MerchantRow> merchants;
    private Map<String, TerminalRow> terminals;
    final TerminalRow[] terminalArray;
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
    EstateContext(LocalDate asOf, AuditPolicy policy, Map<String, MerchantRow> merchants, TerminalRow[] terminals,
            StringIndex serials, Map<String, PhoneStatusRow> phoneStatus, Set<String> licensed) {
        if (serials.size() != terminals.length) {
            throw new IllegalArgumentException(serials.size() + " serials for " + terminals.length + " terminals");
        }
        this.asOf = asOf;
        this.policy = policy;
        this.merchants = Collections.unmodifiableMap(merchants);
        this.phoneStatus = Collections.unmodifiableMap(phoneStatus);
        this.licensed = Collections.unmodifiableSet(licensed);
        this.terminalArray = terminals;
        this.serials = serials;
        this.facts = TerminalFacts.build(terminalArray);
    }

    /** A context over a registry given as maps (e.g. read from the store). */
    static EstateContext of(LocalDate asOf, AuditPolicy policy, Map<String, MerchantRow> merchants,
            Map<String, TerminalRow> terminals, Map<String, PhoneStatusRow> phoneStatus, Set<String> licensed) {
        TerminalRow[] array = terminals.values().toArray(TerminalRow[]::new);
        StringIndex serials = new StringIndex(array.length + 1024);
        for (TerminalRow t : array) {
            serials.add(t.serialNumber());
        }
        EstateContext context = new EstateContext(asOf, policy, merchants, array, serials, phoneStatus, licensed);
        context.terminals = Collections.unmodifiableMap(terminals);
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

    @Override
    public Map<String, MerchantRow> merchants() {
        return merchants;
    }

    /** Made on first use (the built-in rules go by serial index and never ask for it). */
    @Override
    public synchronized Map<String, TerminalRow> terminals() {
        if (terminals == null) {
            Map<String, TerminalRow> map = new LinkedHashMap<>(terminalArray.length * 4 / 3 + 1);
            for (TerminalRow t : terminalArray) {
                map.put(t.serialNumber(), t);
            }
            terminals = Collections.unmodifiableMap(map);
        }
        return terminals;
    }

    @Override
    public TerminalRow terminalAt(int serialIndex) {
        return terminalArray[serialIndex];
    }

    @Override
    public int terminalCount() {
        return terminalArray.length;
    }

    @Override
    public String serialAt(int serialIndex) {
        int n = terminalArray.length;
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
