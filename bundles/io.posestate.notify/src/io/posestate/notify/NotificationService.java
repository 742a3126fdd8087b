package io.posestate.notify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Queues notifications in a persistent outbox and sends them through an SMS channel in the background, with
 * retries, a rate limit and one alert per terminal per cause within a window.
 */
@org.osgi.annotation.versioning.ProviderType
public interface NotificationService extends AutoCloseable {
	/**
	 * Queues a message (it is persisted before this returns). Alerts get a reference code. Refuses a message whose
	 * parameters contain a link ({@link IllegalArgumentException}).
	 */
	Submission submit(Message message);

	/** Whether a reference code is one we sent, and for which terminal and cause. */
	Verification verify(String referenceCode);

	Optional<SentMessage> message(long id);

	/** Entries for a terminal, newest first. */
	List<SentMessage> messagesFor(String terminal);

	/** Waits until nothing is pending (or the timeout passes); true when the outbox is drained. */
	boolean awaitIdle(Duration timeout) throws InterruptedException;

	/** Stops sending; what is not sent stays in the outbox for the next start. */
	@Override
	void close();
}
