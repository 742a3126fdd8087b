package io.posestate.lifecycle.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.posestate.lifecycle.ConflictException;
import io.posestate.lifecycle.EvidenceRef;
import io.posestate.lifecycle.MessageReceipt;
import io.posestate.lifecycle.model.AffectedTransaction;
import io.posestate.lifecycle.model.Approval;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseStatus;
import io.posestate.lifecycle.model.CaseValue;
import io.posestate.lifecycle.model.CasesFactory;
import io.posestate.lifecycle.model.Decision;
import io.posestate.lifecycle.model.Message;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.lifecycle.spi.Handover;
import io.posestate.lifecycle.model.StepStatus;
import io.posestate.model.EstateFactory;
import io.posestate.model.Evidence;

/** Cases in the store (tables lifecycle_case, case_*): reading them as EMF objects and writing their parts. */
final class CaseStore {
    private static final CasesFactory F = CasesFactory.eINSTANCE;
    private static final String CASE_COLUMNS = "id, scenario, title, serial_number, merchant_no, status, assignee,"
            + " opened_by, opened_at, due_date, cause, reference_code, flags, version, updated_by, updated_at";

    /** SQL states of a row changed concurrently (H2 concurrent update, serialization failure, deadlock). */
    private static final java.util.Set<String> CONCURRENT_UPDATE = java.util.Set.of("90131", "40001", "40P01");

    private CaseStore() {
    }

    static long insert(Connection c, Case k, String openKey) throws SQLException {
        long id;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("INSERT INTO lifecycle_case (scenario, title,"
                + " serial_number, merchant_no, status, assignee, opened_by, opened_at, due_date, cause, open_key,"
                + " reference_code, flags, version, updated_by, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"}),
                k.getScenario().getName(), k.getTitle(), k.getSerialNumber(), k.getMerchantNo(),
                k.getStatus().getName(), k.getAssignee(), k.getOpenedBy(), k.getOpenedAt(), k.getDueDate(),
                k.getCause(), openKey, k.getReferenceCode(), flags(k.getFlags()), 0, k.getOpenedBy(), k.getOpenedAt())) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (Step s : k.getSteps()) {
            Sql.update(c, "INSERT INTO case_step (case_id, step_no, kind, title, required_evidence, needs_approval,"
                    + " status) VALUES (?, ?, ?, ?, ?, ?, ?)", id, s.getNumber(), s.getKind(), s.getTitle(),
                    String.join(",", s.getRequiredEvidence()), s.isNeedsApproval(), s.getStatus().getName());
        }
        for (CaseValue v : k.getValues()) {
            putValue(c, id, v.getName(), v.getValue());
        }
        return id;
    }

    /**
     * Claims the next version of a case: the update succeeds only if nobody changed it since {@code readVersion}.
     *
     * @throws ConflictException naming who changed it and when
     */
    static void bump(Connection c, long id, int readVersion, String actor, CaseStatus status, boolean clearOpenKey)
            throws SQLException {
        int n;
        try {
            n = Sql.update(c, "UPDATE lifecycle_case SET version = version + 1, updated_by = ?, updated_at = ?,"
                    + " status = ?" + (clearOpenKey ? ", open_key = NULL" : "") + " WHERE id = ? AND version = ?",
                    actor, Sql.now(), status.getName(), id, readVersion);
        } catch (SQLException e) {
            if (CONCURRENT_UPDATE.contains(e.getSQLState())) {
                throw new ConflictException("Case " + id + " was changed by someone else at the same time (you read"
                        + " version " + readVersion + "); nothing of your change was saved: reload the case and apply"
                        + " it again");
            }
            throw e;
        }
        if (n != 1) {
            throw conflict(c, id, readVersion);
        }
    }

    static ConflictException conflict(Connection c, long id, int readVersion) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(
                "SELECT version, updated_by, updated_at FROM lifecycle_case WHERE id = ?"), id);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return new ConflictException("Case " + id + " no longer exists");
            }
            return new ConflictException("Case " + id + " was changed by " + rs.getString(2) + " at "
                    + Sql.time(rs, "updated_at") + " (now version " + rs.getInt(1) + ", you read version "
                    + readVersion + "); nothing of your change was saved: reload the case and apply it again");
        }
    }

    static void updateStep(Connection c, long id, Step s) throws SQLException {
        Sql.update(c, "UPDATE case_step SET status = ?, actor = ?, done_at = ?, note = ? WHERE case_id = ? AND step_no = ?",
                s.getStatus().getName(), s.getActor(), s.getTime(), s.getNote(), id, s.getNumber());
    }

    static void addEvidence(Connection c, long id, int stepNo, List<EvidenceRef> evidence) throws SQLException {
        int next;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(
                "SELECT COALESCE(MAX(item_no), 0) FROM case_evidence WHERE case_id = ? AND step_no = ?"), id, stepNo);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            next = rs.getInt(1) + 1;
        }
        for (EvidenceRef e : evidence) {
            Sql.update(c, "INSERT INTO case_evidence (case_id, step_no, item_no, kind, reference, sha256)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", id, stepNo, next++, e.kind(), e.reference(), e.sha256());
        }
    }

    static void addApproval(Connection c, long id, int stepNo, Approval a) throws SQLException {
        Sql.update(c, "INSERT INTO case_approval (case_id, step_no, requested_by, approver, decision, decided_at,"
                + " comment) VALUES (?, ?, ?, ?, ?, ?, ?)", id, stepNo, a.getRequestedBy(), a.getApprover(),
                a.getDecision().getName(), a.getTime(), a.getComment());
    }

    static void putValue(Connection c, long id, String name, String value) throws SQLException {
        Sql.update(c, "DELETE FROM case_value WHERE case_id = ? AND name = ?", id, name);
        Sql.update(c, "INSERT INTO case_value (case_id, name, value_text) VALUES (?, ?, ?)", id, name, value);
    }

    static void setReference(Connection c, long id, String referenceCode) throws SQLException {
        Sql.update(c, "UPDATE lifecycle_case SET reference_code = ? WHERE id = ?", referenceCode, id);
    }

    static void addMessage(Connection c, long id, String recipient, Handover h) throws SQLException {
        Sql.update(c, "INSERT INTO case_message (case_id, channel, recipient, text, status, recorded_at, channel_ref)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, h.channel(), recipient, h.text(), h.status(), Sql.now(),
                h.messageRef());
    }

    /** @return {case id, message id} of the message a channel sent under this reference, or null */
    static long[] messageByRef(Connection c, String channel, String ref) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT case_id, id FROM case_message"
                + " WHERE channel = ? AND channel_ref = ?"), channel, ref); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
        }
    }

    /**
     * Keeps a delivery receipt of a message unless it is known; a final one sets the message's status (a failure
     * is not overwritten by a later part's success).
     *
     * @return whether it was new
     */
    static boolean addReceipt(Connection c, long messageId, MessageReceipt r) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT 1 FROM case_receipt WHERE message_id = ?"
                + " AND part_id = ? AND status = ?"), messageId, r.partId(), r.status()); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return false;
            }
        }
        Sql.update(c, "INSERT INTO case_receipt (message_id, part_id, status, detail, received_at) VALUES (?, ?, ?, ?, ?)",
                messageId, r.partId(), r.status(), r.detail(), r.at());
        if (r.isFinal()) {
            Sql.update(c, "UPDATE case_message SET status = ?, receipt = ? WHERE id = ? AND status NOT IN"
                    + " ('FAILED', 'EXPIRED', 'UNKNOWN_NUMBER')", r.status(), r.status() + " " + r.detail(), messageId);
        }
        return true;
    }

    /** Records the receipt of the case's latest message. */
    static void receipt(Connection c, long id, String status, String receipt) throws SQLException {
        Sql.update(c, "UPDATE case_message SET status = ?, receipt = ? WHERE id = (SELECT MAX(id) FROM case_message"
                + " WHERE case_id = ?)", status, receipt, id);
    }

    static void addTransaction(Connection c, long id, AffectedTransaction t) throws SQLException {
        Sql.update(c, "INSERT INTO case_transaction (case_id, txn_id, serial_number, txn_time, amount, result,"
                + " category) VALUES (?, ?, ?, ?, ?, ?, ?)", id, t.getTxnId(), t.getSerialNumber(), t.getTime(),
                t.getAmount(), t.getResult(), t.getCategory());
    }

    /**
     * Loads a case with all its parts. The parts are read by several statements, so the version is read again at
     * the end: when someone changed the case meanwhile, it is read again (a consistent copy of one version).
     */
    static Optional<Case> load(Connection c, long id) throws SQLException {
        for (int attempt = 0;; attempt++) {
            Optional<Case> k = loadOnce(c, id);
            if (k.isEmpty() || attempt == 5 || version(c, id) == k.get().getVersion()) {
                return k;
            }
        }
    }

    private static int version(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT version FROM lifecycle_case WHERE id = ?"), id);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    private static Optional<Case> loadOnce(Connection c, long id) throws SQLException {
        List<Case> cases = query(c, " WHERE id = ?", id);
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        Case k = cases.get(0);
        addSteps(c, cases, " WHERE id = ?", id);
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(
                "SELECT name, value_text FROM case_value WHERE case_id = ? ORDER BY name"), id);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                CaseValue v = F.createCaseValue();
                v.setName(rs.getString(1));
                v.setValue(rs.getString(2));
                k.getValues().add(v);
            }
        }
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT channel, recipient, text, status,"
                + " recorded_at, receipt FROM case_message WHERE case_id = ? ORDER BY id"), id);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Message m = F.createMessage();
                m.setChannel(rs.getString("channel"));
                m.setRecipient(rs.getString("recipient"));
                m.setText(rs.getString("text"));
                m.setStatus(rs.getString("status"));
                m.setTime(Sql.time(rs, "recorded_at"));
                m.setReceipt(rs.getString("receipt"));
                k.getMessages().add(m);
            }
        }
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT txn_id, serial_number, txn_time, amount,"
                + " result, category FROM case_transaction WHERE case_id = ? ORDER BY category, txn_time, txn_id"), id);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AffectedTransaction t = F.createAffectedTransaction();
                t.setTxnId(rs.getString("txn_id"));
                t.setSerialNumber(rs.getString("serial_number"));
                t.setTime(Sql.time(rs, "txn_time"));
                t.setAmount(rs.getString("amount"));
                t.setResult(rs.getString("result"));
                t.setCategory(rs.getString("category"));
                k.getTransactions().add(t);
            }
        }
        return Optional.of(k);
    }

    /**
     * Adds their steps, with evidence and approvals, to cases read by {@link #query} with the same WHERE clause: three
     * queries however many cases (rows of cases not in the list, e.g. opened meanwhile, are skipped).
     */
    static void addSteps(Connection c, List<Case> cases, String where, Object... params) throws SQLException {
        Map<Long, Case> byId = new HashMap<>();
        cases.forEach(k -> byId.put(k.getId(), k));
        Map<String, Step> steps = new HashMap<>();
        String ofCases = " WHERE case_id IN (SELECT id FROM lifecycle_case" + where + ")";
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT case_id, step_no, kind, title,"
                + " required_evidence, needs_approval, status, actor, done_at, note FROM case_step" + ofCases
                + " ORDER BY case_id, step_no"), params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Case k = byId.get(rs.getLong("case_id"));
                if (k == null) {
                    continue;
                }
                Step s = F.createStep();
                s.setNumber(rs.getInt("step_no"));
                s.setKind(rs.getString("kind"));
                s.setTitle(rs.getString("title"));
                String required = rs.getString("required_evidence");
                if (required != null && !required.isEmpty()) {
                    s.getRequiredEvidence().addAll(Arrays.asList(required.split(",")));
                }
                s.setNeedsApproval(rs.getBoolean("needs_approval"));
                s.setStatus(StepStatus.get(rs.getString("status")));
                s.setActor(rs.getString("actor"));
                s.setTime(Sql.time(rs, "done_at"));
                s.setNote(rs.getString("note"));
                k.getSteps().add(s);
                steps.put(k.getId() + "/" + s.getNumber(), s);
            }
        }
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT case_id, step_no, kind, reference, sha256"
                + " FROM case_evidence" + ofCases + " ORDER BY case_id, step_no, item_no"), params);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Step s = steps.get(rs.getLong("case_id") + "/" + rs.getInt("step_no"));
                if (s != null) {
                    Evidence e = EstateFactory.eINSTANCE.createEvidence();
                    e.setKind(rs.getString("kind"));
                    e.setReference(rs.getString("reference"));
                    e.setSha256(rs.getString("sha256"));
                    s.getEvidence().add(e);
                }
            }
        }
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT case_id, step_no, requested_by, approver,"
                + " decision, decided_at, comment FROM case_approval" + ofCases + " ORDER BY case_id, id"), params);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Step s = steps.get(rs.getLong("case_id") + "/" + rs.getInt("step_no"));
                if (s != null) {
                    Approval a = F.createApproval();
                    a.setRequestedBy(rs.getString("requested_by"));
                    a.setApprover(rs.getString("approver"));
                    a.setDecision(Decision.get(rs.getString("decision")));
                    a.setTime(Sql.time(rs, "decided_at"));
                    a.setComment(rs.getString("comment"));
                    s.getApprovals().add(a);
                }
            }
        }
    }

    /** @return cases (header fields only) matching a WHERE clause, by id */
    static List<Case> query(Connection c, String where, Object... params) throws SQLException {
        List<Case> cases = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(
                "SELECT " + CASE_COLUMNS + " FROM lifecycle_case" + where + " ORDER BY id"), params);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Case k = F.createCase();
                k.setId(rs.getLong("id"));
                k.setScenario(Scenario.get(rs.getString("scenario")));
                k.setTitle(rs.getString("title"));
                k.setSerialNumber(rs.getString("serial_number"));
                k.setMerchantNo(rs.getString("merchant_no"));
                k.setStatus(CaseStatus.get(rs.getString("status")));
                k.setAssignee(rs.getString("assignee"));
                k.setOpenedBy(rs.getString("opened_by"));
                k.setOpenedAt(Sql.time(rs, "opened_at"));
                k.setDueDate(rs.getObject("due_date", LocalDate.class));
                k.setCause(rs.getString("cause"));
                k.setReferenceCode(rs.getString("reference_code"));
                String flags = rs.getString("flags");
                if (flags != null && !flags.isEmpty()) {
                    k.getFlags().addAll(Arrays.asList(flags.split(",")));
                }
                k.setVersion(rs.getInt("version"));
                cases.add(k);
            }
        }
        return cases;
    }

    /** @return the id of the open case holding this open key, if any */
    static Optional<Long> openCase(Connection c, String openKey) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT id FROM lifecycle_case WHERE open_key = ?"),
                openKey); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    static String value(Case k, String name) {
        return k.getValues().stream().filter(v -> v.getName().equals(name)).map(CaseValue::getValue).findFirst()
                .orElse(null);
    }

    static CaseValue newValue(String name, String value) {
        CaseValue v = F.createCaseValue();
        v.setName(name);
        v.setValue(value);
        return v;
    }

    private static String flags(List<String> flags) {
        return flags.isEmpty() ? null : String.join(",", flags);
    }
}
