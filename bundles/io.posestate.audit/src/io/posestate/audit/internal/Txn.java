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
    private TerminalRow terminal;
    private long epochSecond;
    private int nano;
    private int offset;
    private long localDay;

    void set(TransactionRow row, int serialIndex, TerminalRow terminal) {
        this.row = row;
        this.serialIndex = serialIndex;
        this.terminal = terminal;
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
        return terminal;
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
