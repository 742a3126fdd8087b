package io.posestate.exchange;

/** Merchant status as in merchants.csv. */
public enum MerchantStatus {
    ACTIVE, SUSPENDED, CLOSED
}
