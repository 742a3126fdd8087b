package io.posestate.ui.internal.findings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.store.Store;

/**
 * Reads the audit runs and findings the audit's finding store keeps in the estate store (schema area "audit":
 * tables audit_run and audit_finding). Read-only, except {@link #deleteRun} which takes back the run of an audit
 * job that was cancelled after the engine stored it. A store where no audit ever ran has no such tables: then
 * there is nothing to show.
 */
public final class StoredFindings {
	private StoredFindings() {
	}

	/** One stored audit run. */
	public record Run(long id, LocalDate asOf, OffsetDateTime finishedAt, String actor, long transactions,
			long findings) {
	}

	/** The newest run, or empty when no audit was stored. */
	public static Optional<Run> latestRun(Store store) {
		return store.read(c -> {
			if (!hasTables(c)) {
				return Optional.<Run>empty();
			}
			try (PreparedStatement ps = c.prepareStatement("SELECT id, as_of, finished_at, actor, transactions,"
					+ " findings FROM audit_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY");
					ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(new Run(rs.getLong(1), rs.getObject(2, LocalDate.class),
						rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getLong(5), rs.getLong(6)))
						: Optional.<Run>empty();
			}
		});
	}

	/** The findings of a run in findings.csv order. */
	public static List<Finding> findings(Store store, long runId) {
		return store.read(c -> {
			List<Finding> list = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT rule, severity, serial_number, merchant_no,"
					+ " txn_count, first_time, last_time, detail FROM audit_finding WHERE run_id = ? ORDER BY line_no")) {
				ps.setLong(1, runId);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						long count = rs.getLong(5);
						boolean counted = !rs.wasNull();
						list.add(new Finding(rs.getString(1), Severity.valueOf(rs.getString(2)), rs.getString(3),
								rs.getString(4), counted ? count : null,
								counted ? rs.getObject(6, OffsetDateTime.class) : null,
								counted ? rs.getObject(7, OffsetDateTime.class) : null, rs.getString(8)));
					}
				}
			}
			return list;
		});
	}

	/** Findings of a run by the local day of their last transaction (those that count transactions), by day. */
	public static Map<LocalDate, Long> findingsPerDay(List<Finding> findings) {
		Map<LocalDate, Long> perDay = new TreeMap<>();
		for (Finding f : findings) {
			if (f.lastTime() != null) {
				perDay.merge(f.lastTime().toLocalDate(), 1L, Long::sum);
			}
		}
		return perDay;
	}

	/** Findings by rule, most first. */
	public static Map<String, Long> byRule(List<Finding> findings) {
		Map<String, Long> counts = new HashMap<>();
		findings.forEach(f -> counts.merge(f.rule(), 1L, Long::sum));
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
				.thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/** Removes a run and its findings in one transaction. */
	public static void deleteRun(Store store, long runId) {
		store.inTransaction(c -> {
			for (String sql : new String[] { "DELETE FROM audit_finding WHERE run_id = ?",
				"DELETE FROM audit_run WHERE id = ?" }) {
				try (PreparedStatement ps = c.prepareStatement(sql)) {
					ps.setLong(1, runId);
					ps.executeUpdate();
				}
			}
			return null;
		});
	}

	private static boolean hasTables(Connection c) throws SQLException {
		for (String name : new String[] { "audit_run", "AUDIT_RUN" }) {
			try (ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] { "TABLE" })) {
				if (rs.next()) {
					return true;
				}
			}
		}
		return false;
	}
}
