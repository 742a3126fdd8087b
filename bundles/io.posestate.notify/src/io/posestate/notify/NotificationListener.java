package io.posestate.notify;

/**
 * Whiteboard: register as an OSGi service to hear about receipts and about phone numbers that receipts show
 * to be cancelled (e.g. to record them on a case, or to open an S1 re-binding case).
 */
@org.osgi.annotation.versioning.ConsumerType
public interface NotificationListener {
	default void receiptRecorded(ReceiptEvent event) {
	}

	default void phoneStatusChanged(PhoneStatusChange change) {
	}
}
