package io.posestate.exchange;

/** Cardholder verification method of a transaction. */
public enum Cvm {
    SIGNATURE, PIN, CDCVM, NONE
}
