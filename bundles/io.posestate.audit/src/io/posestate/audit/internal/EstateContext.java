package io.posestate.audit.internal;

import java.time.LocalDate;
import java.util.Collections;
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
    private final Map<String, TerminalRow> terminals;
    final TerminalRow[] terminalArray;
    private final Map<String, PhoneStatusRow> phoneStatus;
    private final Set<String> licensed;
    final StringIndex serials;
    /** Per registered terminal, see {@link TerminalFacts}. */
    final long[] facts;
    /** About how many transactions the audit streams (from the file size), to size tables up front; 0 = unknown. */
    long expectedTransactions;

    EstateContext(LocalDate asOf, AuditPolicy policy, Map<String, MerchantRow> merchants,
            Map<String, TerminalRow> terminals, Map<String, PhoneStatusRow> phoneStatus, Set<String> licensed) {
        this.asOf = asOf;
        this.policy = policy;
        this.merchants = Collections.unmodifiableMap(merchants);
        this.terminals = Collections.unmodifiableMap(terminals);
        this.phoneStatus = Collections.unmodifiableMap(phoneStatus);
        this.licensed = Collections.unmodifiableSet(licensed);
        this.terminalArray = terminals.values().toArray(TerminalRow[]::new);
        this.serials = new StringIndex(terminalArray.length + 1024);
        for (TerminalRow t : terminalArray) {
            serials.add(t.serialNumber());
        }
        this.facts = TerminalFacts.build(terminalArray);
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

    @Override
    public Map<String, TerminalRow> terminals() {
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
        return serials.get(serialIndex);
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
