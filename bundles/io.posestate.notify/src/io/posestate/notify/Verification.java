package io.posestate.notify;

/**
 * The answer to "is this reference code genuine?".
 *
 * @param code    the code as normalized
 * @param verdict what we know
 * @param message the alert it belongs to when GENUINE, else null
 */
public record Verification(String code, Verdict verdict, SentMessage message) {
	public enum Verdict {
		/** Issued by us, for the terminal and cause in {@link Verification#message()}. */
		GENUINE,
		/** Not of the code's form or its check character is wrong (a typo or an invention). */
		MALFORMED,
		/** Well formed but never issued here (or its signature does not match). */
		UNKNOWN
	}
}
