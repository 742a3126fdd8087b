package io.posestate.notify;

/**
 * What {@link NotificationService#submit} did.
 *
 * @param id            the outbox entry
 * @param referenceCode the reference code in the message, or null
 * @param duplicate     true when an alert for the same terminal and cause was already queued within the window:
 *                      nothing new was queued and this describes the earlier entry
 */
public record Submission(long id, String referenceCode, boolean duplicate) {
}
