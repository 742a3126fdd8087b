package io.posestate.audit.internal;

import java.time.OffsetDateTime;

import io.posestate.audit.api.AuditedTransaction;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TransactionRow;

/** The engine's reusable {@link AuditedTransaction}: one instance, refilled for each row. */
final class Txn implements AuditedTransaction {

    private static final long SECONDS_PER_DAY = 86_400;

    private TransactionRow row;
    private int serialIndex;
    private TerminalRow[] terminals;
    private long epochSecond;
    private int nano;
    private int offset;
    private long localDay;

    /** @param terminals the registered terminals by serial index (looked up only when a rule asks) */
    void set(TransactionRow row, int serialIndex, TerminalRow[] terminals) {
        this.row = row;
        this.serialIndex = serialIndex;
        this.terminals = terminals;
        OffsetDateTime t = row.time();
        epochSecond = t.toEpochSecond();
        nano = t.getNano();
        offset = t.getOffset().getTotalSeconds();
        localDay = Math.floorDiv(epochSecond + offset, SECONDS_PER_DAY);
    }

    @Override
    public TransactionRow row() {
        return row;
    }

    @Override
    public int serialIndex() {
        return serialIndex;
    }

    @Override
    public TerminalRow terminal() {
        return serialIndex < terminals.length ? terminals[serialIndex] : null;
    }

    @Override
    public long epochSecond() {
        return epochSecond;
    }

    @Override
    public int nano() {
        return nano;
    }

    @Override
    public int offsetSeconds() {
        return offset;
    }

    @Override
    public long localEpochDay() {
        return localDay;
    }
}
