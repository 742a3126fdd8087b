package io.posestate.notify;

import java.util.List;

/** The fixed message templates; each names the parameters it needs. */
public enum TemplateId {
	/** S1: one-time code sent to the merchant's NEW number. Parameters: code, minutes. */
	ONE_TIME_CODE(List.of("code", "minutes")),
	/** S2: stop using a terminal. Parameters: terminal, cause, reference, service_number. */
	STOP_USE_ALERT(List.of("terminal", "cause", "reference", "service_number")),
	/** Softer maintenance reminder. Parameters: terminal, due, reference, service_number. */
	MAINTENANCE_REMINDER(List.of("terminal", "due", "reference", "service_number"));

	private final List<String> parameters;

	TemplateId(List<String> parameters) {
		this.parameters = parameters;
	}

	public List<String> parameters() {
		return parameters;
	}

	/** Whether messages of this template carry a reference code the merchant can verify. */
	public boolean carriesReference() {
		return parameters.contains("reference");
	}
}
