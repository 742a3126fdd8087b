package io.posestate.notify;

/** Opens mail channels: implemented by channel bundles (a DS service, e.g. SMTP), used by whoever sends. */
@org.osgi.annotation.versioning.ConsumerType
public interface MailChannelFactory {
	MailChannel open(SmtpSettings settings);
}
