package io.posestate.notify;

import java.time.LocalDate;

/**
 * A phone status learnt from delivery: a row of phone_status (formats.md) — phone, status, since, source.
 * Notifications only ever report {@code CANCELLED} with source {@code SMS_RECEIPT}.
 */
public record PhoneStatusChange(String phone, String status, LocalDate since, String source, ReceiptEvent cause) {
	public static PhoneStatusChange cancelledBy(ReceiptEvent event, LocalDate since) {
		return new PhoneStatusChange(event.recipient(), "CANCELLED", since, "SMS_RECEIPT", event);
	}
}
