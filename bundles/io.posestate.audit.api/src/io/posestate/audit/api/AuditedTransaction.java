package io.posestate.audit.api;

import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TransactionRow;

/**
 * A transaction that survived validation, with what every rule would otherwise recompute: the dense index of its
 * serial (registered terminals first, {@code 0..registeredTerminals-1}, then unknown serials in order of first
 * appearance), its registered terminal (null when unknown), and its time as epoch second / nano, its own offset
 * and its calendar day in that offset. The engine reuses one instance per row: rules must not keep it.
 */
@org.osgi.annotation.versioning.ProviderType
public interface AuditedTransaction {

    TransactionRow row();

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
