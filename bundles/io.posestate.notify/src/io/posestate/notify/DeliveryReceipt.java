package io.posestate.notify;

import java.time.Instant;

/**
 * A delivery receipt from the SMSC for one submitted segment.
 *
 * @param messageId the SMSC's message id (as returned on submit)
 * @param state     final state
 * @param error     network error code as reported ("000" when none)
 * @param at        when it was received
 */
public record DeliveryReceipt(String messageId, DeliveryState state, String error, Instant at) {
}
