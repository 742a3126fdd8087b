package io.posestate.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.posestate.model.EstateFactory;
import io.posestate.model.Evidence;
import io.posestate.model.LifecycleEvent;
import io.posestate.model.TerminalState;

/** Lifecycle events of terminals: writing (batched or single, with evidence) and reading a history. */
final class Events {
    static final String INSERT = "INSERT INTO lifecycle_event (serial_number, from_state, to_state, event_time,"
            + " actor, reason) VALUES (?, ?, ?, ?, ?, ?)";

    private Events() {
    }

    /** Binds the parameters of one event to a statement prepared from {@link #INSERT}. */
    static void bind(PreparedStatement ps, String serial, String from, String to, OffsetDateTime time, String actor,
            String reason) throws SQLException {
        Rows.set(ps, 1, serial);
        Rows.set(ps, 2, from);
        Rows.set(ps, 3, to);
        Rows.setTime(ps, 4, time);
        Rows.set(ps, 5, actor);
        Rows.set(ps, 6, reason);
    }

    /** Inserts one event with its evidence references (kept in the given order). */
    static void insert(Connection c, String serial, String from, String to, OffsetDateTime time, String actor,
            String reason, List<String> evidence) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"id"})) {
            bind(ps, serial, from, to, time, actor, reason);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        if (!evidence.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO lifecycle_evidence (event_id, item_no, reference) VALUES (?, ?, ?)")) {
                for (int i = 0; i < evidence.size(); i++) {
                    ps.setLong(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, evidence.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /**
     * @return the events of a terminal, oldest first, with their evidence; a terminal created by an import
     *         starts with its creation event, derived from the import run it refers to
     */
    static List<LifecycleEvent> history(Connection c, String serial) throws SQLException {
        List<LifecycleEvent> history = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.created_state, r.imported_at, r.actor, r.file_name"
                + " FROM terminal t JOIN import_run r ON r.id = t.created_run WHERE t.serial_number = ?")) {
            ps.setString(1, serial);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    history.add(event(null, rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            "created by import of " + rs.getString(4)));
                }
            }
        }
        Map<Long, LifecycleEvent> events = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, from_state, to_state, event_time, actor, reason"
                + " FROM lifecycle_event WHERE serial_number = ? ORDER BY id")) {
            ps.setString(1, serial);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.put(rs.getLong("id"), event(rs.getString("from_state"), rs.getString("to_state"),
                            rs.getObject("event_time", OffsetDateTime.class), rs.getString("actor"),
                            rs.getString("reason")));
                }
            }
        }
        if (!events.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT v.event_id, v.kind, v.reference, v.sha256"
                    + " FROM lifecycle_evidence v JOIN lifecycle_event e ON e.id = v.event_id"
                    + " WHERE e.serial_number = ? ORDER BY v.event_id, v.item_no")) {
                ps.setString(1, serial);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Evidence v = EstateFactory.eINSTANCE.createEvidence();
                        v.setKind(rs.getString("kind"));
                        v.setReference(rs.getString("reference"));
                        v.setSha256(rs.getString("sha256"));
                        events.get(rs.getLong("event_id")).getEvidence().add(v);
                    }
                }
            }
        }
        history.addAll(events.values());
        return history;
    }

    private static LifecycleEvent event(String from, String to, OffsetDateTime time, String actor, String reason) {
        LifecycleEvent e = EstateFactory.eINSTANCE.createLifecycleEvent();
        if (from != null) {
            e.setFromState(TerminalState.valueOf(from));
        }
        e.setToState(TerminalState.valueOf(to));
        e.setTime(time.toInstant());
        e.setActor(actor);
        e.setReason(reason);
        return e;
    }
}
