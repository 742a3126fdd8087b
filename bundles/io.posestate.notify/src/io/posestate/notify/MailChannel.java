package io.posestate.notify;

/** A link to a mail server: sends one plain-text email at a time. Implemented by channel bundles (e.g. SMTP). */
@org.osgi.annotation.versioning.ConsumerType
public interface MailChannel extends AutoCloseable {
	/**
	 * Sends an email from the configured sender; returns its Message-ID once the server has accepted it. Temporary
	 * server refusals (4xx) and lost connections are retryable, permanent ones (5xx) are not.
	 */
	String send(String to, String subject, String text) throws ChannelException;

	@Override
	void close();
}
