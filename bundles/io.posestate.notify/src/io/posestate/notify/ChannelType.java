package io.posestate.notify;

/** How a message travels: SMS to a mobile number, or email to a backup contact. */
public enum ChannelType {
	SMS, EMAIL;

	/** The channel a recipient is reached by. */
	public static ChannelType of(String recipient) {
		return Recipients.isEmail(recipient) ? EMAIL : SMS;
	}
}
