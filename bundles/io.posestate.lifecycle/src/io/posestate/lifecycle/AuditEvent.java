package io.posestate.lifecycle;

import java.time.Instant;

/**
 * One event of the append-only audit trail. {@code hash} is the SHA-256 of the event's canonical encoding including
 * {@code prevHash}, the hash of the event before it.
 *
 * @param subject what it concerns, e.g. {@code terminal:PAX-1} or {@code case:12}
 */
public record AuditEvent(long seq, Instant time, String actor, String action, String subject, String reason,
        String evidence, String prevHash, String hash) {
}
