package io.posestate.exchange;

/** Outcome of a transaction. */
public enum TxnResult {
    APPROVED, DECLINED, FAILED, REVERSED
}
