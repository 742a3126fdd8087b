package io.posestate.lifecycle.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.posestate.lifecycle.AuditEvent;

/**
 * Checks that the case tables agree with the audit trail: every recorded step, evidence item, approval and case
 * closing must have its event (by the same person). A step marked done, an approver or evidence changed directly
 * in the tables is reported, since the chained events cannot be changed to match without breaking the chain.
 */
final class CaseRecords {
    private CaseRecords() {
    }

    /**
     * The case tables are read before the events: a record and its event are committed together, so every record
     * read has its event among those read after it, even while other analysts (or a receipt) are writing.
     */
    static List<String> verify(Connection c) throws SQLException {
        List<Expected> expected = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, step_no, kind, status, actor FROM case_step"
                + " WHERE actor IS NOT NULL ORDER BY case_id, step_no"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String step = rs.getInt("step_no") + " " + rs.getString("kind");
                String actor = rs.getString("actor");
                expected.add(new Expected(rs.getLong("case_id"), "STEP " + step + " ", actor, null,
                        "case " + rs.getLong("case_id") + " step " + step + ": recorded as " + rs.getString("status")
                                + " by " + actor + " but the audit trail has no such step event (case records edited)"));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT a.case_id, a.step_no, s.kind, a.approver, a.decision"
                + " FROM case_approval a JOIN case_step s ON s.case_id = a.case_id AND s.step_no = a.step_no"
                + " ORDER BY a.id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String action = ("APPROVED".equals(rs.getString("decision")) ? "APPROVE " : "REJECT ")
                        + rs.getInt("step_no") + " " + rs.getString("kind");
                expected.add(new Expected(rs.getLong("case_id"), action, rs.getString("approver"), null,
                        "case " + rs.getLong("case_id") + ": " + action + " by " + rs.getString("approver")
                                + " is not in the audit trail (case records edited)"));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT e.case_id, e.step_no, s.kind, e.kind AS evidence_kind,"
                + " e.reference FROM case_evidence e JOIN case_step s ON s.case_id = e.case_id AND s.step_no = e.step_no"
                + " ORDER BY e.case_id, e.step_no, e.item_no"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String item = rs.getString("evidence_kind") + "=" + rs.getString("reference");
                expected.add(new Expected(rs.getLong("case_id"), "STEP " + rs.getInt("step_no") + " "
                        + rs.getString("kind") + " ", null, item, "case " + rs.getLong("case_id") + " step "
                                + rs.getInt("step_no") + ": evidence " + item
                                + " is not in the audit trail (case records edited)"));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, status, updated_by FROM lifecycle_case"
                + " WHERE status <> 'OPEN' ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String action = "CLOSED".equals(rs.getString("status")) ? "CASE_CLOSE" : "CASE_CANCEL";
                expected.add(new Expected(rs.getLong("id"), action, rs.getString("updated_by"), null,
                        "case " + rs.getLong("id") + " is " + rs.getString("status") + " but the audit trail has no "
                                + action + " event by " + rs.getString("updated_by") + " (case records edited)"));
            }
        }
        Map<String, List<AuditEvent>> bySubject = new HashMap<>();
        for (AuditEvent e : AuditTrail.events(c, null)) {
            if (e.subject().startsWith("case:")) {
                bySubject.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Expected x : expected) {
            if (bySubject.getOrDefault("case:" + x.caseId(), List.of()).stream().noneMatch(x::matches)) {
                problems.add(x.problem());
            }
        }
        return problems;
    }

    /** An event a case record needs: its action prefix, and its actor or an evidence item it must list. */
    private record Expected(long caseId, String actionPrefix, String actor, String evidenceItem, String problem) {
        boolean matches(AuditEvent e) {
            return e.action().startsWith(actionPrefix) && (actor == null || e.actor().equals(actor))
                    && (evidenceItem == null || e.evidence() != null && e.evidence().contains(evidenceItem));
        }
    }
}
