package io.posestate.notify;

/**
 * A receipt matched to what was sent.
 *
 * @param outboxId         the outbox entry
 * @param recipient        the number it was sent to (mask it before showing it)
 * @param terminal         terminal serial, or null
 * @param referenceCode    reference code, or null
 * @param receipt          the receipt
 * @param numberDoesNotExist true when the receipt says the number does not exist
 * @param store            the estate store whose outbox holds the message (as configured; null = default store)
 */
public record ReceiptEvent(long outboxId, String recipient, String terminal, String referenceCode,
		DeliveryReceipt receipt, boolean numberDoesNotExist, String store) {
}
