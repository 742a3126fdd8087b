package io.posestate.notify.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.posestate.notify.AlertCause;
import io.posestate.notify.ChannelType;
import io.posestate.notify.DeliveryReceipt;
import io.posestate.notify.DeliveryState;
import io.posestate.notify.OutboxState;
import io.posestate.notify.SentMessage;
import io.posestate.notify.TemplateId;
import io.posestate.notify.sms.Segment;
import io.posestate.notify.spi.Outbox;
import io.posestate.store.SqlFunction;
import io.posestate.store.Store;
import io.posestate.store.StoreException;
import io.posestate.store.StoreLocation;
import io.posestate.store.Vendor;

/**
 * The outbox in the estate store (H2 or PostgreSQL), in tables of its own created when missing. Each call is one
 * transaction; a dedup row per key makes "one alert per terminal per cause" hold across processes.
 */
public final class JdbcOutbox implements Outbox {
	private static final String COLUMNS = "id, recipient, template, text, cause, terminal, reference_code, actor,"
			+ " approved_by, created_at, state, attempts, last_error, sent_at";

	private final Store store;

	private JdbcOutbox(Store store) {
		this.store = store;
	}

	/** Opens the store at a location (folder or JDBC URL; null for the default) and its outbox tables. */
	public static JdbcOutbox open(String location) {
		Store store = Store.open(StoreLocation.parse(location));
		try {
			store.migrateArea("notify", JdbcOutbox.class);
			if (store.vendor() == Vendor.H2) {
				// a commit must be on disk when it returns: a queued alert is never lost, a sent segment never resent
				store.read(c -> {
					try (Statement s = c.createStatement()) {
						s.execute("SET WRITE_DELAY 0");
					}
					return null;
				});
			}
			return new JdbcOutbox(store);
		} catch (RuntimeException e) {
			store.close();
			throw new StoreException("cannot open the outbox in " + store.location() + ": " + e.getMessage(), e);
		}
	}

	private <T> T tx(SqlFunction<T> work) {
		return store.inTransaction(work);
	}

	@Override
	public Enqueued enqueue(NewEntry e, Instant now, Instant dedupSince) {
		try {
			return tx(c -> enqueue(c, e, now, dedupSince));
		} catch (StoreException race) {
			if (e.dedupKey() == null) {
				throw race;
			}
			// another process queued the same key between our look and our insert: its entry wins
			return tx(c -> enqueue(c, e, now, dedupSince));
		}
	}

	private Enqueued enqueue(Connection c, NewEntry e, Instant now, Instant dedupSince) throws SQLException {
		boolean known = false;
		if (e.dedupKey() != null) {
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT outbox_id, created_at FROM notify_outbox_dedup WHERE dedup_key = ? FOR UPDATE")) {
				ps.setString(1, e.dedupKey());
				try (ResultSet rs = ps.executeQuery()) {
					if (rs.next()) {
						known = true;
						if (!instant(rs, 2).isBefore(dedupSince)) {
							return new Enqueued(rs.getLong(1), true);
						}
					}
				}
			}
		}
		long id;
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO notify_outbox (recipient, template, text, cause,"
				+ " terminal, reference_code, actor, approved_by, created_at, state, next_attempt, channel)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)", new String[] { "id" })) {
			ps.setString(1, e.recipient());
			ps.setString(2, e.template().name());
			ps.setString(3, e.text());
			ps.setString(4, e.cause() == null ? null : e.cause().name());
			ps.setString(5, e.terminal());
			ps.setString(6, e.referenceCode());
			ps.setString(7, e.actor());
			ps.setString(8, e.approvedBy());
			ps.setObject(9, time(now));
			ps.setObject(10, time(now));
			ps.setString(11, e.channel().name());
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				keys.next();
				id = keys.getLong(1);
			}
		}
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO notify_outbox_segment (outbox_id, seq,"
				+ " data_coding, udhi, ref, total, short_message) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			for (Segment s : e.segments()) {
				ps.setLong(1, id);
				ps.setInt(2, s.sequence());
				ps.setInt(3, s.dataCoding());
				ps.setBoolean(4, s.udhi());
				ps.setInt(5, s.reference());
				ps.setInt(6, s.total());
				ps.setBytes(7, s.shortMessage());
				ps.addBatch();
			}
			ps.executeBatch();
		}
		if (e.dedupKey() != null) {
			try (PreparedStatement ps = c.prepareStatement(known
					? "UPDATE notify_outbox_dedup SET outbox_id = ?, created_at = ? WHERE dedup_key = ?"
					: "INSERT INTO notify_outbox_dedup (outbox_id, created_at, dedup_key) VALUES (?, ?, ?)")) {
				ps.setLong(1, id);
				ps.setObject(2, time(now));
				ps.setString(3, e.dedupKey());
				ps.executeUpdate();
			}
		}
		return new Enqueued(id, false);
	}

	@Override
	public List<Long> due(Instant now, String owner, Set<ChannelType> channels, int limit) {
		if (channels.isEmpty()) {
			return List.of();
		}
		return tx(c -> {
			List<Long> ids = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT id FROM notify_outbox WHERE state = 'PENDING'"
					+ " AND channel IN (" + placeholders(channels) + ") AND next_attempt <= ?"
					+ " AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?) ORDER BY next_attempt, id LIMIT ?")) {
				int i = bind(ps, channels);
				ps.setObject(i++, time(now));
				ps.setObject(i++, time(now));
				ps.setString(i++, owner);
				ps.setInt(i, limit);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
			}
			return ids;
		});
	}

	@Override
	public boolean claim(long id, String owner, Instant now, Instant until) {
		return tx(c -> {
			try (PreparedStatement ps = c.prepareStatement("UPDATE notify_outbox SET lease_owner = ?, lease_until = ?"
					+ " WHERE id = ? AND state = 'PENDING' AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?)")) {
				ps.setString(1, owner);
				ps.setObject(2, time(until));
				ps.setLong(3, id);
				ps.setObject(4, time(now));
				ps.setString(5, owner);
				return ps.executeUpdate() == 1;
			}
		});
	}

	@Override
	public Optional<Instant> nextDue() {
		return tx(c -> {
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT MIN(next_attempt) FROM notify_outbox WHERE state = 'PENDING'")) {
				rs.next();
				return Optional.ofNullable(instant(rs, 1));
			}
		});
	}

	@Override
	public List<OutgoingSegment> segments(long id) {
		return tx(c -> {
			List<OutgoingSegment> segments = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT data_coding, short_message, udhi, ref, seq, total,"
					+ " message_id FROM notify_outbox_segment WHERE outbox_id = ? ORDER BY seq")) {
				ps.setLong(1, id);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						segments.add(new OutgoingSegment(new Segment((byte) rs.getInt(1), rs.getBytes(2), rs.getBoolean(3),
								rs.getInt(4), rs.getInt(5), rs.getInt(6)), rs.getString(7)));
					}
				}
			}
			return segments;
		});
	}

	@Override
	public void segmentAccepted(long id, int sequence, String messageId, Instant at) {
		tx(c -> {
			try (PreparedStatement ps = c.prepareStatement(
					"UPDATE notify_outbox_segment SET message_id = ?, accepted_at = ? WHERE outbox_id = ? AND seq = ?")) {
				ps.setString(1, messageId);
				ps.setObject(2, time(at));
				ps.setLong(3, id);
				ps.setInt(4, sequence);
				ps.executeUpdate();
			}
			try (PreparedStatement ps = c.prepareStatement("UPDATE notify_outbox SET state = 'SENT', sent_at = ?,"
					+ " next_attempt = NULL, lease_owner = NULL, lease_until = NULL WHERE id = ? AND NOT EXISTS"
					+ " (SELECT 1 FROM notify_outbox_segment WHERE outbox_id = ? AND message_id IS NULL)")) {
				ps.setObject(1, time(at));
				ps.setLong(2, id);
				ps.setLong(3, id);
				ps.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public void retryLater(long id, int attempts, Instant next, String error) {
		update("UPDATE notify_outbox SET attempts = ?, next_attempt = ?, last_error = ?, lease_owner = NULL,"
				+ " lease_until = NULL WHERE id = ?", id, attempts, next, error);
	}

	@Override
	public void fail(long id, int attempts, String error) {
		update("UPDATE notify_outbox SET state = 'FAILED', attempts = ?, next_attempt = ?, last_error = ?,"
				+ " lease_owner = NULL, lease_until = NULL WHERE id = ?", id, attempts, null, error);
	}

	private void update(String sql, long id, int attempts, Instant next, String error) {
		tx(c -> {
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				ps.setInt(1, attempts);
				if (next == null) {
					ps.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
				} else {
					ps.setObject(2, time(next));
				}
				ps.setString(3, error == null ? null : error.substring(0, Math.min(1000, error.length())));
				ps.setLong(4, id);
				ps.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public Optional<SentMessage> find(long id) {
		return query("WHERE id = ?", id).stream().findFirst();
	}

	@Override
	public Optional<SentMessage> findByReference(String referenceCode) {
		return query("WHERE reference_code = ?", referenceCode).stream().findFirst();
	}

	@Override
	public List<SentMessage> findByTerminal(String terminal) {
		return query("WHERE terminal = ? ORDER BY created_at DESC, id DESC", terminal);
	}

	@Override
	public Optional<Long> findByMessageId(String messageId) {
		return tx(c -> {
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT outbox_id FROM notify_outbox_segment WHERE message_id = ?")) {
				ps.setString(1, messageId);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
				}
			}
		});
	}

	@Override
	public void recordReceipt(long id, DeliveryReceipt receipt) {
		tx(c -> {
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO notify_outbox_receipt (outbox_id, message_id,"
					+ " state, error, received_at) VALUES (?, ?, ?, ?, ?)")) {
				ps.setLong(1, id);
				ps.setString(2, receipt.messageId());
				ps.setString(3, receipt.state().name());
				ps.setString(4, receipt.error());
				ps.setObject(5, time(receipt.at()));
				ps.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public int pendingCount(Set<ChannelType> channels) {
		if (channels.isEmpty()) {
			return 0;
		}
		return tx(c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM notify_outbox WHERE state = 'PENDING'"
					+ " AND channel IN (" + placeholders(channels) + ")")) {
				bind(ps, channels);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return rs.getInt(1);
				}
			}
		});
	}

	private static String placeholders(Set<ChannelType> channels) {
		return String.join(", ", Collections.nCopies(channels.size(), "?"));
	}

	/** Binds the channel names from parameter 1; returns the next parameter index. */
	private static int bind(PreparedStatement ps, Set<ChannelType> channels) throws SQLException {
		int i = 1;
		for (ChannelType channel : channels) {
			ps.setString(i++, channel.name());
		}
		return i;
	}

	private List<SentMessage> query(String where, Object key) {
		return tx(c -> {
			List<SentMessage> out = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM notify_outbox " + where)) {
				ps.setObject(1, key);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						long id = rs.getLong(1);
						String cause = rs.getString(5);
						out.add(new SentMessage(id, rs.getString(2), TemplateId.valueOf(rs.getString(3)), rs.getString(4),
								cause == null ? null : AlertCause.valueOf(cause), rs.getString(6), rs.getString(7),
								rs.getString(8), rs.getString(9), instant(rs, 10), OutboxState.valueOf(rs.getString(11)),
								rs.getInt(12), rs.getString(13), instant(rs, 14), messageIds(c, id), receipts(c, id)));
					}
				}
			}
			return out;
		});
	}

	private static List<String> messageIds(Connection c, long id) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT message_id FROM notify_outbox_segment"
				+ " WHERE outbox_id = ? AND message_id IS NOT NULL ORDER BY seq")) {
			ps.setLong(1, id);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getString(1));
				}
			}
		}
		return ids;
	}

	private static List<DeliveryReceipt> receipts(Connection c, long id) throws SQLException {
		List<DeliveryReceipt> receipts = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT message_id, state, error, received_at"
				+ " FROM notify_outbox_receipt WHERE outbox_id = ? ORDER BY received_at")) {
			ps.setLong(1, id);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					receipts.add(new DeliveryReceipt(rs.getString(1), DeliveryState.valueOf(rs.getString(2)),
							rs.getString(3), instant(rs, 4)));
				}
			}
		}
		return receipts;
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	@Override
	public void close() {
		store.close();
	}
}
