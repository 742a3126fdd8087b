package io.posestate.fleet.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.posestate.driver.DriverRegistry;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.ErrorCode.Severity;
import io.posestate.driver.RemoteCommand;
import io.posestate.driver.StatusReport;
import io.posestate.driver.StatusReport.PairingState;
import io.posestate.driver.StatusReport.PaperState;
import io.posestate.driver.TerminalDriver;
import io.posestate.driver.UnsupportedCommandException;
import io.posestate.fleet.FleetAlert;
import io.posestate.fleet.FleetAlert.Kind;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetTerminal;
import io.posestate.fleet.RemoteCommands.Issued;
import io.posestate.fleet.StoredAlert;
import io.posestate.fleet.UnknownVendorException;
import io.posestate.store.Store;

/** The fleet tables of one store (schema area {@code fleet}); vendor ids are kept in lower case. */
final class JdbcFleetStore implements FleetStore {
	static final String AREA = "fleet";
	private static final String TERMINAL_COLUMNS = "vendor_id, serial_number, model, last_seen, last_received,"
			+ " battery_percent, charging, signal_percent, paper, pairing, tampered, firmware, errors, messages";
	private static final String ALERT_COLUMNS = "id, vendor_id, serial_number, kind, severity, message, opened_at,"
			+ " closed_at";
	private static final String COMMAND_COLUMNS = "id, vendor_id, serial_number, model, command, argument, encoded,"
			+ " issued_at, acknowledged_at";

	private record Key(String vendorId, String serial) {
	}

	private final Store store;
	/** Whether closing this closes the store (false when it works on a store someone else opened). */
	private final boolean ownsStore;
	private final DriverRegistry drivers;
	private final Clock clock;
	private final Duration offlineAfter;

	JdbcFleetStore(Store store, boolean ownsStore, DriverRegistry drivers, Clock clock, Duration offlineAfter) {
		this.store = store;
		this.ownsStore = ownsStore;
		this.drivers = drivers;
		this.clock = clock;
		this.offlineAfter = offlineAfter;
	}

	// ------------------------------------------------------------------ status

	@Override
	public Changes record(List<Received> batch) {
		Instant now = clock.instant();
		return store.inTransaction(c -> {
			int recorded = 0;
			int duplicates = 0;
			int acknowledged = 0;
			Map<Key, FleetTerminal> touched = new LinkedHashMap<>();
			Set<Key> existing = new HashSet<>();
			Set<String> inBatch = new HashSet<>();
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO fleet_message (vendor_id, serial_number,"
					+ " sha256, reported_at, received_at) VALUES (?, ?, ?, ?, ?)")) {
				for (Received r : batch) {
					Key key = new Key(vendor(r.vendorId()), r.report().serialNumber());
					String sha = sha256(r.message());
					if (!inBatch.add(key + sha) || seen(c, key, sha)) {
						duplicates++;
						continue;
					}
					recorded++;
					insert.setString(1, key.vendorId());
					insert.setString(2, key.serial());
					insert.setString(3, sha);
					insert.setObject(4, ts(r.report().timestamp()));
					insert.setObject(5, ts(r.receivedAt()));
					insert.addBatch();
					if (!touched.containsKey(key)) {
						FleetTerminal stored = load(c, key).orElse(null);
						if (stored != null) {
							existing.add(key);
						}
						touched.put(key, stored);
					}
					touched.put(key, merge(key, touched.get(key), r));
					acknowledged += acknowledge(c, key, r.report().acknowledgedCommands(), r.receivedAt());
				}
				insert.executeBatch();
			}
			writeTerminals(c, touched, existing);
			List<StoredAlert> opened = new ArrayList<>();
			List<StoredAlert> closed = new ArrayList<>();
			for (FleetTerminal t : touched.values()) {
				reconcile(c, t, now, Managed.ALL, opened, closed);
			}
			return new Changes(recorded, duplicates, acknowledged, opened, closed);
		});
	}

	/** Kinds an evaluation manages. */
	private static final class Managed {
		static final Set<Kind> ALL = Set.of(Kind.values());
		static final Set<Kind> OFFLINE = Set.of(Kind.OFFLINE);
	}

	@Override
	public Changes sweep() {
		Instant now = clock.instant();
		return store.inTransaction(c -> {
			List<StoredAlert> opened = new ArrayList<>();
			List<StoredAlert> closed = new ArrayList<>();
			for (FleetTerminal t : terminals(c, null)) {
				reconcile(c, t, now, Managed.OFFLINE, opened, closed);
			}
			return new Changes(0, 0, 0, opened, closed);
		});
	}

	/** The newest status wins; a late message only counts. A terminal's clock running fast is capped at receipt. */
	private static FleetTerminal merge(Key key, FleetTerminal old, Received r) {
		StatusReport report = r.report();
		Instant seen = report.timestamp().isAfter(r.receivedAt()) ? r.receivedAt() : report.timestamp();
		long messages = old == null ? 1 : old.messages() + 1;
		if (old != null && seen.isBefore(old.lastSeen())) {
			return new FleetTerminal(old.vendorId(), old.serialNumber(), old.model(), old.lastSeen(),
					max(old.lastReceived(), r.receivedAt()), old.batteryPercent(), old.charging(),
					old.signalPercent(), old.paper(), old.pairing(), old.tampered(), old.firmware(), old.errors(),
					messages);
		}
		return new FleetTerminal(key.vendorId(), key.serial(),
				report.model().orElse(old == null ? null : old.model()), seen,
				old == null ? r.receivedAt() : max(old.lastReceived(), r.receivedAt()),
				report.batteryPercent().isPresent() ? report.batteryPercent().getAsInt() : null,
				report.charging().orElse(null),
				report.signalPercent().isPresent() ? report.signalPercent().getAsInt() : null, report.paper(),
				report.pairing(), report.tampered(), report.firmware().orElse(null), report.errors(), messages);
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static boolean seen(Connection c, Key key, String sha) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM fleet_message WHERE vendor_id = ?"
				+ " AND serial_number = ? AND sha256 = ?")) {
			ps.setString(1, key.vendorId());
			ps.setString(2, key.serial());
			ps.setString(3, sha);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next();
			}
		}
	}

	private static void writeTerminals(Connection c, Map<Key, FleetTerminal> touched, Set<Key> existing)
			throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO fleet_terminal (" + TERMINAL_COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement update = c.prepareStatement("UPDATE fleet_terminal SET model = ?, last_seen = ?,"
						+ " last_received = ?, battery_percent = ?, charging = ?, signal_percent = ?, paper = ?,"
						+ " pairing = ?, tampered = ?, firmware = ?, errors = ?, messages = ?"
						+ " WHERE vendor_id = ? AND serial_number = ?")) {
			for (Map.Entry<Key, FleetTerminal> e : touched.entrySet()) {
				FleetTerminal t = e.getValue();
				boolean old = existing.contains(e.getKey());
				PreparedStatement ps = old ? update : insert;
				int i = 1;
				if (!old) {
					ps.setString(i++, t.vendorId());
					ps.setString(i++, t.serialNumber());
				}
				ps.setString(i++, t.model());
				ps.setObject(i++, ts(t.lastSeen()));
				ps.setObject(i++, ts(t.lastReceived()));
				setInt(ps, i++, t.batteryPercent());
				if (t.charging() == null) {
					ps.setNull(i++, Types.BOOLEAN);
				} else {
					ps.setBoolean(i++, t.charging());
				}
				setInt(ps, i++, t.signalPercent());
				ps.setString(i++, t.paper().name());
				ps.setString(i++, t.pairing().name());
				ps.setBoolean(i++, t.tampered());
				ps.setString(i++, t.firmware());
				ps.setString(i++, t.errors().stream().map(x -> clean(x.code()) + '\t' + x.severity() + '\t'
						+ clean(x.meaning())).collect(Collectors.joining("\n")));
				ps.setLong(i++, t.messages());
				if (old) {
					ps.setString(i++, t.vendorId());
					ps.setString(i++, t.serialNumber());
				}
				ps.addBatch();
			}
			insert.executeBatch();
			update.executeBatch();
		}
	}

	private static String clean(String text) {
		return text.replace('\t', ' ').replace('\n', ' ');
	}

	private static void setInt(PreparedStatement ps, int i, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(i, Types.INTEGER);
		} else {
			ps.setInt(i, value);
		}
	}

	private static int acknowledge(Connection c, Key key, List<Long> ids, Instant at) throws SQLException {
		if (ids.isEmpty()) {
			return 0;
		}
		try (PreparedStatement ps = c.prepareStatement("UPDATE fleet_command SET acknowledged_at = ? WHERE id = ?"
				+ " AND vendor_id = ? AND serial_number = ? AND acknowledged_at IS NULL")) {
			int n = 0;
			for (long id : ids) {
				ps.setObject(1, ts(at));
				ps.setLong(2, id);
				ps.setString(3, key.vendorId());
				ps.setString(4, key.serial());
				n += ps.executeUpdate();
			}
			return n;
		}
	}

	// ------------------------------------------------------------------ alerts

	/** Raises the alerts of the managed kinds the terminal's status calls for and closes those it no longer does. */
	private void reconcile(Connection c, FleetTerminal t, Instant now, Set<Kind> kinds, List<StoredAlert> opened,
			List<StoredAlert> closed) throws SQLException {
		Map<Kind, FleetAlert> wanted = new HashMap<>();
		Conditions.offline(t.vendorId(), t.serialNumber(), t.lastSeen(), now, offlineAfter)
				.ifPresent(a -> wanted.put(a.kind(), a));
		Conditions.of(t.vendorId(), t.serialNumber(), t.tampered(), t.errors(), t.batteryPercent(), t.charging())
				.forEach(a -> wanted.put(a.kind(), a));
		wanted.keySet().retainAll(kinds);
		Map<Kind, StoredAlert> open = new HashMap<>();
		for (StoredAlert a : alerts(c, "vendor_id = ? AND serial_number = ? AND closed_at IS NULL", t.vendorId(),
				t.serialNumber())) {
			open.put(a.alert().kind(), a);
		}
		for (Kind kind : kinds) {
			StoredAlert current = open.get(kind);
			FleetAlert want = wanted.get(kind);
			// An ERROR alert is about its codes: other codes are another alert.
			boolean changed = current != null && want != null && kind == Kind.ERROR
					&& !current.alert().message().equals(want.message());
			if (current != null && (want == null || changed)) {
				closed.add(close(c, current, now));
			}
			if (want != null && (current == null || changed)) {
				opened.add(open(c, want, now));
			}
		}
	}

	private static StoredAlert close(Connection c, StoredAlert a, Instant now) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("UPDATE fleet_alert SET closed_at = ?, open_kind = NULL"
				+ " WHERE id = ?")) {
			ps.setObject(1, ts(now));
			ps.setLong(2, a.id());
			ps.executeUpdate();
		}
		return new StoredAlert(a.id(), a.alert(), a.openedAt(), now);
	}

	private static StoredAlert open(Connection c, FleetAlert a, Instant now) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO fleet_alert (vendor_id, serial_number, kind,"
				+ " severity, message, opened_at, open_kind) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
			ps.setString(1, a.vendorId());
			ps.setString(2, a.serialNumber());
			ps.setString(3, a.kind().name());
			ps.setString(4, a.severity().name());
			ps.setString(5, a.message());
			ps.setObject(6, ts(now));
			ps.setString(7, a.kind().name());
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				keys.next();
				return new StoredAlert(keys.getLong(1), a, now, null);
			}
		}
	}

	@Override
	public List<StoredAlert> alerts(String serialNumber, boolean includeClosed) {
		String where = (serialNumber == null ? "1 = 1" : "serial_number = ?")
				+ (includeClosed ? "" : " AND closed_at IS NULL");
		List<StoredAlert> alerts = store.read(c -> serialNumber == null ? alerts(c, where) : alerts(c, where,
				serialNumber));
		return alerts.stream().sorted(Comparator.comparing((StoredAlert a) -> a.alert().severity()).reversed()
				.thenComparing(StoredAlert::openedAt).thenComparingLong(StoredAlert::id)).toList();
	}

	private static List<StoredAlert> alerts(Connection c, String where, String... params) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT " + ALERT_COLUMNS + " FROM fleet_alert WHERE " + where
				+ " ORDER BY id")) {
			for (int i = 0; i < params.length; i++) {
				ps.setString(i + 1, params[i]);
			}
			List<StoredAlert> list = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					FleetAlert a = new FleetAlert(rs.getString(2), rs.getString(3), Kind.valueOf(rs.getString(4)),
							Severity.valueOf(rs.getString(5)), rs.getString(6));
					list.add(new StoredAlert(rs.getLong(1), a, instant(rs, 7), instant(rs, 8)));
				}
			}
			return list;
		}
	}

	// ------------------------------------------------------------------ reading terminals

	@Override
	public List<FleetTerminal> terminals() {
		return store.read(c -> terminals(c, null));
	}

	@Override
	public Optional<FleetTerminal> terminal(String vendorId, String serialNumber) {
		return store.read(c -> load(c, new Key(vendor(vendorId), serialNumber)));
	}

	private static Optional<FleetTerminal> load(Connection c, Key key) throws SQLException {
		return terminals(c, key).stream().findFirst();
	}

	private static List<FleetTerminal> terminals(Connection c, Key key) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT " + TERMINAL_COLUMNS + " FROM fleet_terminal"
				+ (key == null ? "" : " WHERE vendor_id = ? AND serial_number = ?")
				+ " ORDER BY vendor_id, serial_number")) {
			if (key != null) {
				ps.setString(1, key.vendorId());
				ps.setString(2, key.serial());
			}
			List<FleetTerminal> list = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					list.add(new FleetTerminal(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
							instant(rs, 5), (Integer) rs.getObject(6, Integer.class),
							(Boolean) rs.getObject(7, Boolean.class), (Integer) rs.getObject(8, Integer.class),
							PaperState.valueOf(rs.getString(9)), PairingState.valueOf(rs.getString(10)),
							rs.getBoolean(11), rs.getString(12), errors(rs.getString(13)), rs.getLong(14)));
				}
			}
			return list;
		}
	}

	private static List<ErrorCode> errors(String text) {
		List<ErrorCode> errors = new ArrayList<>();
		if (text != null && !text.isEmpty()) {
			for (String line : text.split("\n")) {
				String[] f = line.split("\t", 3);
				errors.add(new ErrorCode(f[0], f.length > 2 ? f[2] : "", Severity.valueOf(f[1])));
			}
		}
		return errors;
	}

	// ------------------------------------------------------------------ commands

	@Override
	public Issued issue(String vendorId, String serialNumber, String model, RemoteCommand.Type type, String argument,
			String actor) throws UnknownVendorException, UnsupportedCommandException {
		TerminalDriver driver = drivers.driver(vendorId).orElseThrow(() -> new UnknownVendorException(vendorId));
		Instant now = clock.instant();
		UnsupportedCommandException[] refused = new UnsupportedCommandException[1];
		Issued issued = store.inTransaction(c -> {
			long id;
			// a sequence value is never handed out twice, also to concurrent transactions (V2__command_id_sequence)
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT base_id + nextval('fleet_command_seq') FROM fleet_command_id_base");
					ResultSet rs = ps.executeQuery()) {
				rs.next();
				id = rs.getLong(1);
			}
			RemoteCommand command = new RemoteCommand(id, type, serialNumber, model, argument);
			byte[] encoded;
			try {
				encoded = driver.encode(command);
			} catch (UnsupportedCommandException e) {
				refused[0] = e;
				return null;
			}
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO fleet_command (id, vendor_id, serial_number,"
					+ " model, command, argument, encoded, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				ps.setLong(1, id);
				ps.setString(2, vendor(driver.vendorId()));
				ps.setString(3, serialNumber);
				ps.setString(4, model);
				ps.setString(5, type.name());
				ps.setString(6, argument);
				ps.setBytes(7, encoded);
				ps.setObject(8, ts(now));
				ps.setString(9, actor);
				ps.executeUpdate();
			}
			return new Issued(vendor(driver.vendorId()), command, encoded, now, null);
		});
		if (refused[0] != null) {
			throw refused[0];
		}
		return issued;
	}

	@Override
	public Optional<Issued> command(long id) {
		return store.read(c -> commands(c, "id = ?", id).stream().findFirst());
	}

	@Override
	public List<Issued> pending(String vendorId, String serialNumber) {
		return store.read(c -> commands(c, "vendor_id = ? AND serial_number = ? AND acknowledged_at IS NULL",
				vendor(vendorId), serialNumber));
	}

	private static List<Issued> commands(Connection c, String where, Object... params) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT " + COMMAND_COLUMNS + " FROM fleet_command WHERE "
				+ where + " ORDER BY id")) {
			for (int i = 0; i < params.length; i++) {
				ps.setObject(i + 1, params[i]);
			}
			List<Issued> list = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					RemoteCommand command = new RemoteCommand(rs.getLong(1),
							RemoteCommand.Type.valueOf(rs.getString(5)), rs.getString(3), rs.getString(4),
							rs.getString(6));
					list.add(new Issued(rs.getString(2), command, rs.getBytes(7), instant(rs, 8), instant(rs, 9)));
				}
			}
			return list;
		}
	}

	// ------------------------------------------------------------------ plumbing

	@Override
	public Clock clock() {
		return clock;
	}

	@Override
	public Duration offlineAfter() {
		return offlineAfter;
	}

	@Override
	public String location() {
		return store.location().toString();
	}

	@Override
	public void close() {
		if (ownsStore) {
			store.close();
		}
	}

	private static String vendor(String vendorId) {
		return vendorId.trim().toLowerCase(Locale.ROOT);
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java", e);
		}
	}
}
