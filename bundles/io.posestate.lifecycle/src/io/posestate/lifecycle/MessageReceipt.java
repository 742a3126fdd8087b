package io.posestate.lifecycle;

import java.time.Instant;

/**
 * A delivery receipt for a message to a merchant, as the channel reported it.
 *
 * @param channel    the channel that sent it (as recorded with the message)
 * @param messageRef the channel's reference of the message
 * @param partId     the SMS centre's id of the part (segment) the receipt is about
 * @param status     DELIVERED, FAILED, EXPIRED, UNKNOWN_NUMBER (the number does not exist) or ACCEPTED (still on
 *                   its way)
 * @param detail     the channel's own words (state and error code)
 * @param at         when it was received
 */
public record MessageReceipt(String channel, String messageRef, String partId, String status, String detail,
        Instant at) {
    /** Whether it is final: the message arrived or will not. */
    public boolean isFinal() {
        return !"ACCEPTED".equals(status);
    }
}
