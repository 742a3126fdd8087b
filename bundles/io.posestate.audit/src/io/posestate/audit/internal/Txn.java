package io.posestate.audit.internal;

import io.posestate.audit.api.AuditedTransaction;
import io.posestate.exchange.Cvm;
import io.posestate.exchange.Scheme;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.TxnResult;

/**
 * The engine's {@link AuditedTransaction}: a cursor over one row of a batch's columns. Built-in rules also read
 * signature_ref and txn_id as bytes through it.
 */
public final class Txn implements AuditedTransaction {

    private static final TxnResult[] RESULTS = TxnResult.values();
    private static final Cvm[] CVMS = Cvm.values();
    private static final Scheme[] SCHEMES = Scheme.values();

    private final EstateContext context;
    private TransactionPipeline.Batch batch;
    private int i;

    /** @param context the registry, whose terminal rows are made only when a rule asks */
    Txn(EstateContext context) {
        this.context = context;
    }

    void at(TransactionPipeline.Batch batch, int row) {
        this.batch = batch;
        this.i = row;
    }

    /** Moves to another row of the same batch. */
    public void at(int row) {
        this.i = row;
    }

    @Override
    public TransactionRow row() {
        if (batch.rows == null) {
            throw new IllegalStateException("rows are not built in this audit: every rule declared that it reads"
                    + " no rows (AuditRule.readsRows)");
        }
        return batch.rows[i];
    }

    @Override
    public TxnResult result() {
        return RESULTS[batch.result[i]];
    }

    @Override
    public Cvm cvm() {
        return CVMS[batch.cvm[i]];
    }

    @Override
    public Scheme scheme() {
        return SCHEMES[batch.scheme[i]];
    }

    @Override
    public long amountCents() {
        return batch.amount[i];
    }

    @Override
    public long merchantNumber() {
        return batch.merchant[i];
    }

    @Override
    public int locationRegion() {
        return batch.region[i];
    }

    @Override
    public int serialIndex() {
        return batch.serials[i];
    }

    @Override
    public TerminalRow terminal() {
        int s = batch.serials[i];
        return s < context.terminalCount() ? context.terminalAt(s) : null;
    }

    @Override
    public long epochSecond() {
        return batch.epochSecond[i];
    }

    @Override
    public int nano() {
        return batch.nano[i];
    }

    @Override
    public int offsetSeconds() {
        return batch.offset[i];
    }

    @Override
    public long localEpochDay() {
        return batch.localDay[i];
    }

    /** The bytes {@link #signatureStart()} and {@link #idStart()} point into. */
    public byte[] bytes() {
        return batch.bytes;
    }

    /** Start of signature_ref's UTF-8 bytes, or -1 when the transaction has none; it ends at {@link #idStart()}. */
    public int signatureStart() {
        return batch.signatureStart[i];
    }

    /** txn_id's UTF-8 bytes, given only with a signature_ref: {@code [idStart(), idEnd())}. */
    public int idStart() {
        return batch.idStart[i];
    }

    public int idEnd() {
        return batch.idEnd[i];
    }
}
