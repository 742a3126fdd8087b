package io.posestate.exchange;

/** Who reported a phone status. */
public enum PhoneSource {
    CARRIER, SMS_RECEIPT, ANALYST
}
