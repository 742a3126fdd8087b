package io.posestate.notify;

import java.util.regex.Pattern;

/** Recipients are mobile numbers (SMS) or email addresses (backup contacts); masked in anything shown to people. */
public final class Recipients {
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,15}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

	private Recipients() {
	}

	public static boolean isPhone(String recipient) {
		return recipient != null && PHONE.matcher(recipient).matches();
	}

	public static boolean isEmail(String recipient) {
		return recipient != null && recipient.length() <= 254 && EMAIL.matcher(recipient).matches();
	}

	/**
	 * Phones keep the first three and last four digits (138****5678); emails the first character of the local part
	 * and the domain (z***@example.com). Anything else is fully masked.
	 */
	public static String mask(String recipient) {
		if (isEmail(recipient)) {
			int at = recipient.indexOf('@');
			return recipient.charAt(0) + "***" + recipient.substring(at);
		}
		if (recipient == null || recipient.length() < 8) {
			return "****";
		}
		return recipient.substring(0, 3) + "*".repeat(recipient.length() - 7)
				+ recipient.substring(recipient.length() - 4);
	}
}
