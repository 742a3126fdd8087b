package io.posestate.notify;

/** Starts notification services (a DS service); listeners registered as {@link NotificationListener} hear from all. */
@org.osgi.annotation.versioning.ProviderType
public interface NotificationServiceFactory {
	/**
	 * Opens the outbox, resumes whatever a previous run left unsent, and starts sending through the channel (the
	 * service closes the channel when it is closed).
	 */
	NotificationService open(NotifySettings settings, SmsChannel channel);

	/** The outbox alone, without sending: to verify reference codes and look at what was sent. */
	NotificationService openReadOnly(NotifySettings settings);
}
