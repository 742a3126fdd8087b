package io.posestate.exchange;

/** Card scheme of a transaction. */
public enum Scheme {
    UNIONPAY, VISA, MASTERCARD, JCB, AMEX, OTHER
}
