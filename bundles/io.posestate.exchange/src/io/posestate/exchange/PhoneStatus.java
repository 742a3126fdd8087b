package io.posestate.exchange;

/** Status of a phone number in phone_status.csv. */
public enum PhoneStatus {
    ACTIVE, CANCELLED
}
