package io.posestate.notify;

/** Starts notification services (a DS service); listeners registered as {@link NotificationListener} hear from all. */
@org.osgi.annotation.versioning.ProviderType
public interface NotificationServiceFactory {
	/**
	 * Opens the outbox, resumes whatever a previous run left unsent, and starts sending SMS through the channel (the
	 * service closes its channels when it is closed).
	 */
	default NotificationService open(NotifySettings settings, SmsChannel channel) {
		return open(settings, channel, null);
	}

	/**
	 * As {@link #open(NotifySettings, SmsChannel)} with SMS, email or both (either may be null, not both); entries for a
	 * channel that is not given stay in the outbox for a run that has it.
	 */
	NotificationService open(NotifySettings settings, SmsChannel sms, MailChannel mail);

	/** The outbox alone, without sending: to verify reference codes and look at what was sent. */
	NotificationService openReadOnly(NotifySettings settings);
}
