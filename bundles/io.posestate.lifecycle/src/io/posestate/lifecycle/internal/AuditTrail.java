package io.posestate.lifecycle.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.posestate.lifecycle.AuditEvent;
import io.posestate.lifecycle.AuditVerification;

/**
 * The append-only, hash-chained audit trail. Each event's hash is SHA-256 over a canonical encoding of its fields
 * (seq, time, actor, action, subject, reason, evidence, prev_hash: each as a 4-byte big-endian length, -1 for
 * null, then its UTF-8 bytes); prev_hash is the hash of the event before. The head row (last seq and hash) is
 * locked while appending, so concurrent appends form one chain, and it reveals a deleted tail.
 */
final class AuditTrail {
    static final String GENESIS = "0".repeat(64);
    private static final String COLUMNS = "seq, event_time, actor, action, subject, reason, evidence, prev_hash, hash";

    private AuditTrail() {
    }

    /** Locks the audit head until the caller's transaction ends (appends and lifecycle changes wait). */
    static void lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_head row missing: the audit trail's head was deleted");
            }
        }
    }

    /** Appends one event inside the caller's transaction. */
    static AuditEvent append(Connection c, String actor, String action, String subject, String reason,
            String evidence) throws SQLException {
        long seq;
        String prev;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_head row missing: the audit trail's head was deleted");
            }
            seq = rs.getLong(1) + 1;
            prev = rs.getString(2);
        }
        Instant time = Sql.now();
        String hash = hash(seq, time, actor, action, subject, reason, evidence, prev);
        Sql.update(c, "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", seq, time, actor,
                action, subject, reason, evidence, prev, hash);
        Sql.update(c, "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", seq, hash);
        return new AuditEvent(seq, time, actor, action, subject, reason, evidence, prev, hash);
    }

    static List<AuditEvent> events(Connection c, String subject) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM audit_event" + (subject == null ? "" : " WHERE subject = ?")
                + " ORDER BY seq";
        List<AuditEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (subject != null) {
                ps.setString(1, subject);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(event(rs));
                }
            }
        }
        return events;
    }

    /**
     * Walks the chain in seq order and reports every break. The head is read before the events: an event appended
     * meanwhile (it moves the head in the same transaction) is then after the head, not a head pointing past the last
     * event read.
     */
    static AuditVerification verify(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        long headSeq = -1;
        String headHash = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                headSeq = rs.getLong(1);
                headHash = rs.getString(2);
            } else {
                problems.add("the audit trail's head record is missing");
            }
        }
        long expectedSeq = 1;
        String prevHash = GENESIS;
        String hashAtHead = headSeq == 0 ? GENESIS : null;
        long count = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_event ORDER BY seq");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AuditEvent e = event(rs);
                count++;
                if (e.seq() != expectedSeq) {
                    problems.add(e.seq() > expectedSeq
                            ? "event " + e.seq() + " follows event " + (expectedSeq - 1) + ": event(s) " + expectedSeq
                                    + (e.seq() - 1 > expectedSeq ? ".." + (e.seq() - 1) : "") + " deleted"
                            : "event " + e.seq() + " out of sequence");
                }
                if (!e.prevHash().equals(prevHash)) {
                    problems.add("event " + e.seq() + ": its previous-event hash does not match the event before it"
                            + " (an event before it was edited, deleted or reordered)");
                }
                String actual = hash(e.seq(), e.time(), e.actor(), e.action(), e.subject(), e.reason(), e.evidence(),
                        e.prevHash());
                if (!actual.equals(e.hash())) {
                    problems.add("event " + e.seq() + " (" + e.action() + " on " + e.subject() + " by " + e.actor()
                            + "): content does not match its hash (edited)");
                }
                if (e.seq() == headSeq) {
                    hashAtHead = e.hash();
                }
                expectedSeq = e.seq() + 1;
                prevHash = e.hash();
            }
        }
        if (headHash != null && !headHash.equals(hashAtHead)) {
            problems.add("the last event is " + (expectedSeq - 1) + " but the head records event " + headSeq
                    + ": the latest event(s) were deleted or altered");
        }
        return new AuditVerification(count, problems);
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("seq"), Sql.time(rs, "event_time"), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("reason"), rs.getString("evidence"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    static String hash(long seq, Instant time, String actor, String action, String subject, String reason,
            String evidence, String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String field : new String[] {Long.toString(seq), time.toString(), actor, action, subject, reason,
                evidence, prevHash}) {
            byte[] bytes = field == null ? null : field.getBytes(StandardCharsets.UTF_8);
            int n = bytes == null ? -1 : bytes.length;
            out.write(n >>> 24);
            out.write(n >>> 16);
            out.write(n >>> 8);
            out.write(n);
            if (bytes != null) {
                out.writeBytes(bytes);
            }
        }
        return sha256(out.toByteArray());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
