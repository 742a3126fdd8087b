package io.posestate.audit.api;

import io.posestate.exchange.Cvm;
import io.posestate.exchange.Scheme;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.TxnResult;

/**
 * A transaction that survived validation, with what every rule would otherwise recompute: the dense index of its
 * serial (registered terminals first, {@code 0..registeredTerminals-1}, then unknown serials in order of first
 * appearance), its registered terminal (null when unknown), and its time as epoch second / nano, its own offset
 * and its calendar day in that offset. The engine reuses one instance per row: rules must not keep it.
 */
@org.osgi.annotation.versioning.ProviderType
public interface AuditedTransaction {

    /** {@link #locationRegion()} when the transaction has none. */
    int NO_REGION = -1;

    /**
     * The full row. Built only when a rule of the audit {@linkplain AuditRule#readsRows() reads rows}; rules that
     * declare they do not must use the accessors below instead (they need no String per row).
     */
    TransactionRow row();

    TxnResult result();

    Cvm cvm();

    Scheme scheme();

    long amountCents();

    /** merchant_no as reported on the transaction (15 digits) as a number. */
    long merchantNumber();

    /** location_region (4 digits) as a number, or {@link #NO_REGION}. */
    int locationRegion();

    int serialIndex();

    /** The registered terminal, or null for a serial not in the registry. */
    TerminalRow terminal();

    long epochSecond();

    int nano();

    /** Offset of the transaction's own time, in seconds. */
    int offsetSeconds();

    /** The calendar day in the transaction's own offset, as epoch day. */
    long localEpochDay();
}
