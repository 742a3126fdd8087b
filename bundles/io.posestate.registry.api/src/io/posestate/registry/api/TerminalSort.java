package io.posestate.registry.api;

/** Sort keys of a terminal page; ties are always broken by serial number. */
public enum TerminalSort {
    SERIAL_NUMBER, STATE, VENDOR, MODEL, REGION, MERCHANT_NO, ACTIVATED_AT, UPDATED_AT
}
