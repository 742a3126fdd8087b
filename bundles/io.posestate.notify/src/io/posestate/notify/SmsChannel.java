package io.posestate.notify;

import java.util.function.Consumer;

import io.posestate.notify.sms.Segment;

/** A link to an SMS centre: submits one segment at a time and reports receipts. Implemented by channel bundles. */
@org.osgi.annotation.versioning.ConsumerType
public interface SmsChannel extends AutoCloseable {
	/** Submits one segment to the recipient; returns the SMSC's message id. Connects (again) when needed. */
	String submit(String recipient, Segment segment) throws ChannelException;

	/**
	 * Binds now unless bound (again after a lost link), so that receipts can come while nothing is submitted. The
	 * default does nothing: a channel that binds on submit only.
	 */
	default void connect() throws ChannelException {
	}

	/** Where receipts go; set once before the first submit. */
	void onReceipt(Consumer<DeliveryReceipt> receipts);

	@Override
	void close();
}
