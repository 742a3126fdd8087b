package io.posestate.notify;

/** Where an outbox entry is: waiting (or retrying), handed to the SMSC, or given up. */
public enum OutboxState {
	PENDING, SENT, FAILED
}
