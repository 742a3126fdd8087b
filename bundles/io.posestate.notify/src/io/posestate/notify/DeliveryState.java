package io.posestate.notify;

/** The final state an SMSC reports in a delivery receipt. */
public enum DeliveryState {
	DELIVERED, EXPIRED, DELETED, UNDELIVERABLE, ACCEPTED, UNKNOWN, REJECTED
}
