package io.posestate.notify;

import java.time.Instant;
import java.util.List;

/**
 * An outbox entry as recorded: what was (or is to be) sent, why, by whom, and what came back.
 *
 * @param id            outbox id
 * @param recipient     number (mask it before showing it)
 * @param template      template
 * @param text          the rendered text
 * @param cause         cause, or null
 * @param terminal      terminal serial, or null
 * @param referenceCode reference code, or null
 * @param actor         who asked
 * @param approvedBy    who approved, or null
 * @param createdAt     when it was queued
 * @param state         where it is
 * @param attempts      failed attempts so far
 * @param lastError     the last failure, or null
 * @param sentAt        when its last segment was accepted by the SMSC, or null
 * @param messageIds    SMSC message ids of the accepted segments, in order
 * @param receipts      receipts recorded for it
 */
public record SentMessage(long id, String recipient, TemplateId template, String text, AlertCause cause,
		String terminal, String referenceCode, String actor, String approvedBy, Instant createdAt, OutboxState state,
		int attempts, String lastError, Instant sentAt, List<String> messageIds, List<DeliveryReceipt> receipts) {
}
