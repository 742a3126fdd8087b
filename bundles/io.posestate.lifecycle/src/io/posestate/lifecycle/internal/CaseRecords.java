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

    static List<String> verify(Connection c) throws SQLException {
        Map<String, List<AuditEvent>> bySubject = new HashMap<>();
        for (AuditEvent e : AuditTrail.events(c, null)) {
            if (e.subject().startsWith("case:")) {
                bySubject.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e);
            }
        }
        List<String> problems = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, step_no, kind, status, actor FROM case_step"
                + " WHERE actor IS NOT NULL ORDER BY case_id, step_no"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String step = rs.getInt("step_no") + " " + rs.getString("kind");
                String actor = rs.getString("actor");
                if (!has(bySubject, rs.getLong("case_id"), "STEP " + step + " ", actor)) {
                    problems.add("case " + rs.getLong("case_id") + " step " + step + ": recorded as "
                            + rs.getString("status") + " by " + actor + " but the audit trail has no such step event"
                            + " (case records edited)");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT a.case_id, a.step_no, s.kind, a.approver, a.decision"
                + " FROM case_approval a JOIN case_step s ON s.case_id = a.case_id AND s.step_no = a.step_no"
                + " ORDER BY a.id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String action = ("APPROVED".equals(rs.getString("decision")) ? "APPROVE " : "REJECT ")
                        + rs.getInt("step_no") + " " + rs.getString("kind");
                if (!has(bySubject, rs.getLong("case_id"), action, rs.getString("approver"))) {
                    problems.add("case " + rs.getLong("case_id") + ": " + action + " by " + rs.getString("approver")
                            + " is not in the audit trail (case records edited)");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT e.case_id, e.step_no, s.kind, e.kind AS evidence_kind,"
                + " e.reference FROM case_evidence e JOIN case_step s ON s.case_id = e.case_id AND s.step_no = e.step_no"
                + " ORDER BY e.case_id, e.step_no, e.item_no"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String item = rs.getString("evidence_kind") + "=" + rs.getString("reference");
                String prefix = "STEP " + rs.getInt("step_no") + " " + rs.getString("kind") + " ";
                boolean found = bySubject.getOrDefault("case:" + rs.getLong("case_id"), List.of()).stream()
                        .anyMatch(e -> e.action().startsWith(prefix) && e.evidence() != null
                                && e.evidence().contains(item));
                if (!found) {
                    problems.add("case " + rs.getLong("case_id") + " step " + rs.getInt("step_no") + ": evidence "
                            + item + " is not in the audit trail (case records edited)");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, status, updated_by FROM lifecycle_case"
                + " WHERE status <> 'OPEN' ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String action = "CLOSED".equals(rs.getString("status")) ? "CASE_CLOSE" : "CASE_CANCEL";
                if (!has(bySubject, rs.getLong("id"), action, rs.getString("updated_by"))) {
                    problems.add("case " + rs.getLong("id") + " is " + rs.getString("status") + " but the audit"
                            + " trail has no " + action + " event by " + rs.getString("updated_by")
                            + " (case records edited)");
                }
            }
        }
        return problems;
    }

    private static boolean has(Map<String, List<AuditEvent>> bySubject, long caseId, String actionPrefix,
            String actor) {
        return bySubject.getOrDefault("case:" + caseId, List.of()).stream()
                .anyMatch(e -> e.action().startsWith(actionPrefix) && e.actor().equals(actor));
    }
}
