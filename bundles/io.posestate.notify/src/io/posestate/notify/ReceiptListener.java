package io.posestate.notify;

import java.util.Map;

/**
 * A resident receiver of delivery receipts (a DS service; the {@code notify listen} command and the workbench start
 * it): it stays bound to the configured SMSC, so receipts that come after the command that sent a message has
 * exited are recorded (and published to the {@link NotificationListener}s) as they arrive, not at the next bind. It
 * sends what is pending in the outbox too, and binds again when the link is lost.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ReceiptListener {
	/** A running receiver; closing it unbinds. */
	interface Listening extends AutoCloseable {
		/** Whether the last attempt to (stay) bound succeeded. */
		boolean bound();

		/** Why the last bind failed, or null. */
		String lastError();

		/** The notification service it keeps open: to submit and look at messages while bound. */
		NotificationService service();

		@Override
		void close();
	}

	/**
	 * Binds and listens for the store's receipts until closed.
	 *
	 * @param explicit settings that win over the stored configuration (see {@link NotifyConfiguration})
	 * @throws ChannelException when the first bind fails (e.g. a wrong password)
	 */
	Listening listen(String store, Map<String, String> explicit) throws ChannelException;
}
