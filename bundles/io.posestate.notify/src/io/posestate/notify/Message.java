package io.posestate.notify;

import java.util.Map;
import java.util.Objects;

/**
 * A notification to send. The reference code is issued by the {@link NotificationService} for templates that
 * carry one; callers leave "reference" and "service_number" out of the parameters.
 *
 * @param recipient  the merchant's mobile number (E.164 or 11-digit national: SMS) or a backup contact's email
 *                   address (email)
 * @param template   which fixed template
 * @param parameters template parameters other than reference and service_number
 * @param cause      why (alerts and reminders), else null
 * @param terminal   the terminal serial it is about, or null
 * @param actor      who asked for it
 * @param approvedBy who approved it: required for stop-use alerts, and not the actor
 */
public record Message(String recipient, TemplateId template, Map<String, String> parameters, AlertCause cause,
		String terminal, String actor, String approvedBy) {
	public Message {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(actor, "actor");
		parameters = Map.copyOf(parameters);
		if (!Recipients.isPhone(recipient) && !Recipients.isEmail(recipient)) {
			throw new IllegalArgumentException(
					"recipient is neither a phone number nor an email address: " + Recipients.mask(recipient));
		}
		if (template.carriesReference() && (terminal == null || cause == null)) {
			throw new IllegalArgumentException(template + " needs a terminal and a cause");
		}
		if (template == TemplateId.STOP_USE_ALERT
				&& (approvedBy == null || approvedBy.isBlank() || approvedBy.strip().equals(actor.strip()))) {
			throw new IllegalArgumentException("a stop-use alert needs the approval of someone other than " + actor);
		}
	}

	/** Whether it goes by email rather than SMS. */
	public boolean byEmail() {
		return Recipients.isEmail(recipient);
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
