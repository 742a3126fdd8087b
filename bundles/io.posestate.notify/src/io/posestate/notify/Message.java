package io.posestate.notify;

import java.util.Map;
import java.util.Objects;

/**
 * A notification to send. The reference code is issued by the {@link NotificationService} for templates that
 * carry one; callers leave "reference" and "service_number" out of the parameters.
 *
 * @param recipient  the merchant's mobile number (E.164 or 11-digit national)
 * @param template   which fixed template
 * @param parameters template parameters other than reference and service_number
 * @param cause      why (alerts and reminders), else null
 * @param terminal   the terminal serial it is about, or null
 * @param actor      who asked for it
 * @param approvedBy who approved it (alerts), or null
 */
public record Message(String recipient, TemplateId template, Map<String, String> parameters, AlertCause cause,
		String terminal, String actor, String approvedBy) {
	public Message {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(actor, "actor");
		parameters = Map.copyOf(parameters);
		if (!recipient.matches("\\+?[0-9]{5,15}")) {
			throw new IllegalArgumentException("recipient is not a phone number: " + Phones.mask(recipient));
		}
		if (template.carriesReference() && (terminal == null || cause == null)) {
			throw new IllegalArgumentException(template + " needs a terminal and a cause");
		}
	}

	/** A stop-use alert for a terminal. */
	public static Message stopUse(String recipient, String terminal, AlertCause cause, String actor, String approvedBy) {
		return new Message(recipient, TemplateId.STOP_USE_ALERT, Map.of("terminal", terminal, "cause", cause.text()),
				cause, terminal, actor, approvedBy);
	}

	/** A one-time code to a (new) number. */
	public static Message oneTimeCode(String recipient, String code, int minutes, String actor) {
		return new Message(recipient, TemplateId.ONE_TIME_CODE,
				Map.of("code", code, "minutes", Integer.toString(minutes)), null, null, actor, null);
	}
}
