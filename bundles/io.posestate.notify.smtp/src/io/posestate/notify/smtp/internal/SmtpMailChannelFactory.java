package io.posestate.notify.smtp.internal;

import org.osgi.service.component.annotations.Component;

import io.posestate.notify.MailChannel;
import io.posestate.notify.MailChannelFactory;
import io.posestate.notify.SmtpSettings;

/** Mail channels over SMTP (RFC 5321) with STARTTLS and AUTH PLAIN; no third-party mail library. */
@Component(service = MailChannelFactory.class, property = "protocol=smtp")
public final class SmtpMailChannelFactory implements MailChannelFactory {
	@Override
	public MailChannel open(SmtpSettings settings) {
		return new SmtpMailChannel(settings);
	}
}
