package io.posestate.exchange;

/** Card entry mode of a transaction. */
public enum EntryMode {
    CHIP, CONTACTLESS, SWIPE, QR, MANUAL
}
