package io.posestate.notify;

/** Masking of phone numbers in anything shown to people or written to logs. */
public final class Phones {
	private Phones() {
	}

	/** Keeps the first three and the last four digits: 138****5678. Short or null values are fully masked. */
	public static String mask(String phone) {
		if (phone == null || phone.length() < 8) {
			return "****";
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}
}
