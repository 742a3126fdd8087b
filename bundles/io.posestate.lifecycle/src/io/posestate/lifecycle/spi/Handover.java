package io.posestate.lifecycle.spi;

/**
 * What a messenger did with a message; recorded with the case.
 *
 * @param channel       the channel, e.g. SMPP or STORE_RECORD
 * @param messageRef    the channel's reference of the message (receipts name it), or null when there will be none
 * @param text          the text as the merchant gets it (one-time codes are hidden before anyone reads it)
 * @param referenceCode the code the merchant can verify (alerts), or null
 * @param status        where the message is: RECORDED (kept, not sent), QUEUED (waiting to be sent), SENT (accepted
 *                      by the SMS centre), FAILED
 */
public record Handover(String channel, String messageRef, String text, String referenceCode, String status) {
}
