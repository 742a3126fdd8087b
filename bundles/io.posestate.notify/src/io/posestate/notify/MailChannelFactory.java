package io.posestate.notify;

/** Opens mail channels (a DS service of a channel bundle, e.g. SMTP). */
@org.osgi.annotation.versioning.ProviderType
public interface MailChannelFactory {
	MailChannel open(SmtpSettings settings);
}
