package io.posestate.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.EstateLoader;
import io.posestate.exchange.LicensedAcquirerRow;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.PhoneSource;
import io.posestate.exchange.PhoneStatus;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.Reject;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TerminalState;
import io.posestate.registry.api.FileImport;
import io.posestate.store.Store;
import io.posestate.store.Vendor;

/**
 * Imports registry files, one database transaction per file (except a load into an empty H2 table, which commits
 * as it goes and is undone on failure: see {@link EmptyTableLoad}), reading them with the exchange layer (which
 * applies the per-row and key rules of formats.md). Rows are compared with what is stored, chunk by chunk, and
 * written with JDBC batches: new rows inserted, changed rows updated, equal rows left alone, so a re-import of
 * the same file changes nothing. A changed terminal gets a lifecycle event; a created one refers to its import run
 * ({@code created_run}, {@code created_state}), from which its creation event is derived (see {@link Events}).
 */
final class Importer {
    static final String MERCHANTS = "merchants.csv";
    static final String TERMINALS = "terminals.csv";
    static final String PHONE_STATUS = "phone_status.csv";
    static final String LICENSED_ACQUIRERS = "licensed_acquirers.csv";

    /** Rows written by one import from which PostgreSQL statistics are refreshed. */
    private static final long ANALYZE_THRESHOLD = 10_000;

    private final Store store;

    Importer(Store store) {
        this.store = store;
    }

    /** Tallies of one file. */
    private static final class Counts {
        long read;
        long inserted;
        long updated;
        long unchanged;
        final List<Reject> rejects = new ArrayList<>();

        FileImport report(String file, String sha256) {
            return new FileImport(file, sha256, read, inserted, updated, unchanged, rejects.size(), rejects);
        }
    }

    /** Reading that may fail with an I/O error inside a transaction. */
    @FunctionalInterface
    private interface Reading {
        long read() throws IOException;
    }

    /** Whether importing this file leaves every terminal's filter columns and search text as they were. */
    static boolean keepsTerminalIndexes(String fileName) {
        return PHONE_STATUS.equals(fileName) || LICENSED_ACQUIRERS.equals(fileName);
    }

    /**
     * @param loaded receives the in-memory indexes of the terminals a load into the empty table stored (the registry
     *               takes them instead of reading the table back), before the import has finished; null: not built
     */
    FileImport importFile(Path file, String actor, Consumer<TerminalIndexes> loaded) throws IOException {
        String name = file.getFileName().toString();
        if (!List.of(MERCHANTS, TERMINALS, PHONE_STATUS, LICENSED_ACQUIRERS).contains(name)) {
            throw new IllegalArgumentException("Not a registry file: " + file
                    + " (expected merchants.csv, terminals.csv, phone_status.csv or licensed_acquirers.csv)");
        }
        Objects.requireNonNull(actor, "actor");
        String sha256 = sha256(file);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        EmptyTableLoad.undoInterrupted(store);
        FileImport report;
        try {
            report = store.inTransaction(c -> {
                Counts n = new Counts();
                long run = startRun(c, name, sha256, actor, now);
                switch (name) {
                    case MERCHANTS -> merchants(c, file, n, run, now);
                    case TERMINALS -> terminals(c, file, n, run, actor, now, loaded);
                    case PHONE_STATUS -> phones(c, file, n);
                    default -> acquirers(c, file, n);
                }
                finishRun(c, run, n);
                return n.report(name, sha256);
            });
        } catch (RuntimeException | Error e) {
            try {
                EmptyTableLoad.undoInterrupted(store); // an H2 load into an empty table commits as it goes
            } catch (RuntimeException undo) {
                e.addSuppressed(undo); // undone when the store is next opened or imported into
            }
            if (e instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        if (store.vendor() == Vendor.POSTGRESQL && report.inserted() + report.updated() >= ANALYZE_THRESHOLD) {
            // fresh planner statistics after a bulk load, or filtered pages may be planned as on an empty table
            store.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(name.equals(TERMINALS) ? "ANALYZE terminal, import_run" : "ANALYZE merchant, phone, acquirer");
                }
                return null;
            });
        }
        return report;
    }

    private static long io(Reading reading) {
        try {
            return reading.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- merchants

    private static final String MERCHANT_FIELDS = "merchant_no, name, mcc, region, acquirer_code, settlement_account,"
            + " phone, backup_phone, email, address, status";

    private static final List<BulkInsert.Column> MERCHANT_COLUMNS = List.of(BulkInsert.Column.text("merchant_no"),
            BulkInsert.Column.text("name"), BulkInsert.Column.text("mcc"), BulkInsert.Column.text("region"),
            BulkInsert.Column.text("acquirer_code"), BulkInsert.Column.text("settlement_account"),
            BulkInsert.Column.text("phone"), BulkInsert.Column.text("backup_phone"), BulkInsert.Column.text("email"),
            BulkInsert.Column.text("address"), BulkInsert.Column.text("status"),
            new BulkInsert.Column("updated_at", BulkInsert.Type.TIMESTAMP));

    private void merchants(Connection c, Path file, Counts n, long run, OffsetDateTime now) throws SQLException {
        List<MerchantRow> kept = new ArrayList<>();
        n.read = io(() -> EstateLoader.streamMerchants(file, kept::add, n.rejects::add));
        kept.sort(Comparator.comparing(MerchantRow::merchantNo)); // key order: index pages written once
        boolean empty = isEmpty(c, "merchant");
        try (EmptyTableLoad load = empty ? EmptyTableLoad.start(c, store, "merchant", run) : EmptyTableLoad.none();
                KeyChunks<MerchantRow> stored = new KeyChunks<>(c,
                "SELECT " + MERCHANT_FIELDS + " FROM merchant WHERE merchant_no", Importer::merchantRow);
                BulkInsert insert = BulkInsert.open(c, store.vendor(), "merchant", MERCHANT_COLUMNS, empty);
                PreparedStatement update = c.prepareStatement("UPDATE merchant SET name = ?, mcc = ?, region = ?,"
                        + " acquirer_code = ?, settlement_account = ?, phone = ?, backup_phone = ?, email = ?,"
                        + " address = ?, status = ?, updated_at = ? WHERE merchant_no = ?");
                PreparedStatement rename = c.prepareStatement("UPDATE terminal SET search_text = LOWER(serial_number"
                        + " || ' ' || vendor || ' ' || model || ' ' || COALESCE(?, '')) WHERE merchant_no = ?")) {
            KeyChunks.inChunks(kept, rows -> {
                Map<String, MerchantRow> old = empty ? Map.of()
                        : stored.find(rows.stream().map(MerchantRow::merchantNo).toList());
                boolean renamed = false;
                for (MerchantRow r : rows) {
                    MerchantRow was = old.get(r.merchantNo());
                    if (was == null) {
                        insert.add(r.merchantNo(), r.name(), r.mcc(), r.region(), r.acquirerCode(),
                                r.settlementAccount(), r.phone(), r.backupPhone(), r.email(), r.address(), r.status(),
                                now);
                        n.inserted++;
                    } else if (was.equals(r)) {
                        n.unchanged++;
                    } else {
                        bindMerchant(update, 1, r);
                        Rows.setTime(update, 11, now);
                        Rows.set(update, 12, r.merchantNo());
                        update.addBatch();
                        n.updated++;
                        if (!Objects.equals(was.name(), r.name())) {
                            Rows.set(rename, 1, r.name());
                            Rows.set(rename, 2, r.merchantNo());
                            rename.addBatch();
                            renamed = true;
                        }
                    }
                }
                insert.flush();
                update.executeBatch();
                if (renamed) {
                    rename.executeBatch();
                }
                load.written(rows.size());
            });
            insert.finish();
            load.finish();
        }
    }

    /** Binds name .. status (10 parameters) from {@code first}. */
    private static void bindMerchant(PreparedStatement ps, int first, MerchantRow r) throws SQLException {
        Object[] values = {r.name(), r.mcc(), r.region(), r.acquirerCode(), r.settlementAccount(), r.phone(),
                r.backupPhone(), r.email(), r.address(), r.status()};
        for (int i = 0; i < values.length; i++) {
            Rows.set(ps, first + i, values[i]);
        }
    }

    static MerchantRow merchantRow(ResultSet rs) throws SQLException {
        return new MerchantRow(rs.getString("merchant_no"), rs.getString("name"), rs.getString("mcc"),
                rs.getString("region"), rs.getString("acquirer_code"), rs.getString("settlement_account"),
                rs.getString("phone"), rs.getString("backup_phone"), rs.getString("email"), rs.getString("address"),
                MerchantStatus.valueOf(rs.getString("status")));
    }

    // ---------------------------------------------------------------- terminals

    private static final String TERMINAL_FIELDS = "serial_number, vendor, model, connection_type, firmware,"
            + " merchant_no, state, deployed_region, activated_at";

    /** A stored terminal: its file row and the phone it was bound with. */
    private record StoredTerminal(TerminalRow row, String boundPhone) {
    }

    /** What a terminal import needs of a merchant. */
    private record MerchantRef(String merchantNo, String name, String phone) {
    }

    private static final List<BulkInsert.Column> TERMINAL_COLUMNS = List.of(BulkInsert.Column.text("serial_number"),
            BulkInsert.Column.text("vendor"), BulkInsert.Column.text("model"), BulkInsert.Column.text("connection_type"),
            BulkInsert.Column.text("firmware"), BulkInsert.Column.text("merchant_no"), BulkInsert.Column.text("state"),
            BulkInsert.Column.text("deployed_region"), new BulkInsert.Column("activated_at", BulkInsert.Type.DATE),
            BulkInsert.Column.text("bound_phone"), BulkInsert.Column.text("search_text"),
            new BulkInsert.Column("version", BulkInsert.Type.INTEGER),
            new BulkInsert.Column("updated_at", BulkInsert.Type.TIMESTAMP),
            new BulkInsert.Column("created_run", BulkInsert.Type.BIGINT), BulkInsert.Column.text("created_state"));
    private static final List<BulkInsert.Column> EVENT_COLUMNS = List.of(BulkInsert.Column.text("serial_number"),
            BulkInsert.Column.text("from_state"), BulkInsert.Column.text("to_state"),
            new BulkInsert.Column("event_time", BulkInsert.Type.TIMESTAMP), BulkInsert.Column.text("actor"),
            BulkInsert.Column.text("reason"));

    private void terminals(Connection c, Path file, Counts n, long run, String actor, OffsetDateTime now,
            Consumer<TerminalIndexes> loaded) throws SQLException {
        Map<String, MerchantRef> merchants = merchantRefs(c);
        List<TerminalRow> kept = new ArrayList<>();
        SharedValues shared = new SharedValues();
        n.read = io(() -> EstateLoader.streamTerminals(file, merchants::containsKey,
                r -> kept.add(sharing(r, shared, merchants)), n.rejects::add));
        kept.sort(Comparator.comparing(TerminalRow::serialNumber)); // key order: index pages written once
        boolean empty = isEmpty(c, "terminal");
        TerminalIndexes.Builder indexes = empty && loaded != null ? new TerminalIndexes.Builder() : null;
        Set<List<String>> models = new LinkedHashSet<>();
        String changed = "import of " + file.getFileName() + ": ";
        try (EmptyTableLoad load = empty ? EmptyTableLoad.start(c, store, "terminal", run) : EmptyTableLoad.none();
                KeyChunks<StoredTerminal> stored = new KeyChunks<>(c, "SELECT " + TERMINAL_FIELDS
                + ", bound_phone FROM terminal WHERE serial_number",
                rs -> new StoredTerminal(terminalRow(rs), rs.getString("bound_phone")));
                BulkInsert insert = BulkInsert.open(c, store.vendor(), "terminal", TERMINAL_COLUMNS, empty);
                PreparedStatement update = c.prepareStatement("UPDATE terminal SET vendor = ?, model = ?,"
                        + " connection_type = ?, firmware = ?, merchant_no = ?, state = ?, deployed_region = ?,"
                        + " activated_at = ?, bound_phone = ?, search_text = ?, version = version + 1, updated_at = ?"
                        + " WHERE serial_number = ?");
                BulkInsert events = BulkInsert.open(c, store.vendor(), "lifecycle_event", EVENT_COLUMNS)) {
            KeyChunks.inChunks(kept, rows -> {
                Map<String, StoredTerminal> old = empty ? Map.of()
                        : stored.find(rows.stream().map(TerminalRow::serialNumber).toList());
                for (TerminalRow r : rows) {
                    models.add(List.of(r.vendor(), r.model()));
                    StoredTerminal was = old.get(r.serialNumber());
                    MerchantRef merchant = r.merchantNo() == null ? null : merchants.get(r.merchantNo());
                    String name = merchant == null ? null : merchant.name();
                    if (was == null) {
                        String text = searchText(r, name);
                        insert.add(r.serialNumber(), r.vendor(), r.model(), r.connection(), r.firmware(),
                                r.merchantNo(), r.state(), r.deployedRegion(), r.activatedAt(),
                                merchant == null ? null : merchant.phone(), text, 0, now, run, r.state());
                        if (indexes != null) {
                            indexes.add(r.serialNumber(), text, r.state().name(), r.vendor(), r.model(),
                                    r.deployedRegion());
                        }
                        n.inserted++;
                    } else if (was.row().equals(r)) {
                        n.unchanged++;
                    } else {
                        boolean rebound = !Objects.equals(was.row().merchantNo(), r.merchantNo());
                        bindTerminal(update, 1, r);
                        Rows.set(update, 9, rebound ? (merchant == null ? null : merchant.phone()) : was.boundPhone());
                        Rows.set(update, 10, searchText(r, name));
                        Rows.setTime(update, 11, now);
                        Rows.set(update, 12, r.serialNumber());
                        update.addBatch();
                        events.add(r.serialNumber(), was.row().state(), r.state(), now, actor,
                                changed + changes(was.row(), r));
                        n.updated++;
                    }
                }
                insert.flush();
                update.executeBatch();
                events.flush(); // after the terminals they reference
                load.written(rows.size());
            });
            insert.finish();
            events.finish();
            load.finish();
        }
        addMissingModels(c, models);
        if (indexes != null) {
            loaded.accept(indexes.build());
        }
    }

    /** The row with the values it shares with other rows as one instance (its merchant number: the map's key). */
    private static TerminalRow sharing(TerminalRow r, SharedValues shared, Map<String, MerchantRef> merchants) {
        return new TerminalRow(r.serialNumber(), shared.of(r.vendor()), shared.of(r.model()), r.connection(),
                shared.of(r.firmware()), r.merchantNo() == null ? null : merchants.get(r.merchantNo()).merchantNo(),
                r.state(), shared.of(r.deployedRegion()), shared.of(r.activatedAt()));
    }

    /** Binds vendor .. activated_at (8 parameters) from {@code first}. */
    private static void bindTerminal(PreparedStatement ps, int first, TerminalRow r) throws SQLException {
        Rows.set(ps, first, r.vendor());
        Rows.set(ps, first + 1, r.model());
        Rows.set(ps, first + 2, r.connection());
        Rows.set(ps, first + 3, r.firmware());
        Rows.set(ps, first + 4, r.merchantNo());
        Rows.set(ps, first + 5, r.state());
        Rows.set(ps, first + 6, r.deployedRegion());
        Rows.setDate(ps, first + 7, r.activatedAt());
    }

    static TerminalRow terminalRow(ResultSet rs) throws SQLException {
        return new TerminalRow(rs.getString("serial_number"), rs.getString("vendor"), rs.getString("model"),
                ConnectionType.valueOf(rs.getString("connection_type")), rs.getString("firmware"),
                rs.getString("merchant_no"), TerminalState.valueOf(rs.getString("state")),
                rs.getString("deployed_region"), rs.getObject("activated_at", LocalDate.class));
    }

    /** The lower-cased "serial vendor model merchant-name" of the free-text filter. */
    static String searchText(TerminalRow r, String merchantName) {
        return (r.serialNumber() + ' ' + r.vendor() + ' ' + r.model() + ' ' + (merchantName == null ? "" : merchantName))
                .toLowerCase(Locale.ROOT);
    }

    /** Readable list of what an import changes on a terminal, e.g. "state ACTIVE -> SUSPENDED; firmware ...". */
    static String changes(TerminalRow was, TerminalRow now) {
        List<String> changes = new ArrayList<>();
        if (was.state() != now.state()) {
            changes.add("state " + was.state() + " -> " + now.state());
        }
        if (!Objects.equals(was.merchantNo(), now.merchantNo())) {
            changes.add(was.merchantNo() == null ? "bound to merchant " + now.merchantNo()
                    : now.merchantNo() == null ? "unbound from merchant " + was.merchantNo()
                    : "rebound from merchant " + was.merchantNo() + " to " + now.merchantNo());
        }
        change(changes, "vendor", was.vendor(), now.vendor());
        change(changes, "model", was.model(), now.model());
        change(changes, "connection", was.connection(), now.connection());
        change(changes, "firmware", was.firmware(), now.firmware());
        change(changes, "deployed_region", was.deployedRegion(), now.deployedRegion());
        change(changes, "activated_at", was.activatedAt(), now.activatedAt());
        return String.join("; ", changes);
    }

    private static void change(List<String> changes, String what, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            changes.add(what + " " + (was == null ? "(none)" : was) + " -> " + (now == null ? "(none)" : now));
        }
    }

    private static Map<String, MerchantRef> merchantRefs(Connection c) throws SQLException {
        Map<String, MerchantRef> refs = new HashMap<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery("SELECT merchant_no, name, phone FROM merchant")) {
                while (rs.next()) {
                    refs.put(rs.getString(1), new MerchantRef(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return refs;
    }

    private static void addMissingModels(Connection c, Set<List<String>> models) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM terminal_model WHERE vendor = ? AND model = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO terminal_model (vendor, model) VALUES (?, ?)")) {
            for (List<String> vm : models) {
                find.setString(1, vm.get(0));
                find.setString(2, vm.get(1));
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        insert.setString(1, vm.get(0));
                        insert.setString(2, vm.get(1));
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    // ---------------------------------------------------------------- phone status and acquirers

    private void phones(Connection c, Path file, Counts n) throws SQLException {
        Map<String, PhoneStatusRow> latest = new LinkedHashMap<>();
        n.read = io(() -> EstateCsv.readPhoneStatus(file, row -> {
            PhoneStatusRow before = latest.get(row.phone());
            if (before != null) {
                n.unchanged++; // superseded inside the file
            }
            // the latest since wins; on a tie the later row
            latest.put(row.phone(), before == null || !row.since().isBefore(before.since()) ? row : before);
        }, n.rejects::add));
        upsert(c, n, latest, "SELECT phone_number, status, source, since FROM phone WHERE phone_number",
                rs -> new PhoneStatusRow(rs.getString("phone_number"), PhoneStatus.valueOf(rs.getString("status")),
                        rs.getObject("since", LocalDate.class), PhoneSource.valueOf(rs.getString("source"))),
                "INSERT INTO phone (status, source, since, phone_number) VALUES (?, ?, ?, ?)",
                "UPDATE phone SET status = ?, source = ?, since = ? WHERE phone_number = ?",
                (was, row) -> !row.since().isBefore(was.since()),
                (ps, row) -> {
                    Rows.set(ps, 1, row.status());
                    Rows.set(ps, 2, row.source());
                    Rows.setDate(ps, 3, row.since());
                    Rows.set(ps, 4, row.phone());
                });
    }

    private void acquirers(Connection c, Path file, Counts n) throws SQLException {
        Map<String, LicensedAcquirerRow> last = new LinkedHashMap<>();
        n.read = io(() -> EstateCsv.readLicensedAcquirers(file, row -> {
            if (last.put(row.acquirerCode(), row) != null) {
                n.unchanged++; // superseded by this later row
            }
        }, n.rejects::add));
        upsert(c, n, last, "SELECT acquirer_code, name, license_no FROM acquirer WHERE acquirer_code",
                rs -> new LicensedAcquirerRow(rs.getString(1), rs.getString(2), rs.getString(3)),
                "INSERT INTO acquirer (name, license_no, licensed, acquirer_code) VALUES (?, ?, TRUE, ?)",
                "UPDATE acquirer SET name = ?, license_no = ?, licensed = TRUE WHERE acquirer_code = ?",
                (was, row) -> true,
                (ps, row) -> {
                    Rows.set(ps, 1, row.name());
                    Rows.set(ps, 2, row.licenseNo());
                    Rows.set(ps, 3, row.acquirerCode());
                });
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    @FunctionalInterface
    private interface Newer<T> {
        boolean replaces(T stored, T row);
    }

    /** Inserts new keys, updates changed rows that {@code newer} accepts; insert and update bind alike. */
    private static <T> void upsert(Connection c, Counts n, Map<String, T> rows, String select,
            KeyChunks.RowMapper<T> mapper, String insertSql, String updateSql, Newer<T> newer, Binder<T> binder)
            throws SQLException {
        try (KeyChunks<T> stored = new KeyChunks<>(c, select, mapper);
                PreparedStatement insert = c.prepareStatement(insertSql);
                PreparedStatement update = c.prepareStatement(updateSql)) {
            KeyChunks.inChunks(new ArrayList<>(rows.entrySet()), chunk -> {
                Map<String, T> old = stored.find(chunk.stream().map(Map.Entry::getKey).toList());
                for (Map.Entry<String, T> e : chunk) {
                    T was = old.get(e.getKey());
                    if (was == null) {
                        binder.bind(insert, e.getValue());
                        insert.addBatch();
                        n.inserted++;
                    } else if (was.equals(e.getValue()) || !newer.replaces(was, e.getValue())) {
                        n.unchanged++;
                    } else {
                        binder.bind(update, e.getValue());
                        update.addBatch();
                        n.updated++;
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            });
        }
    }

    // ---------------------------------------------------------------- helpers

    private static boolean isEmpty(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
            return !rs.next();
        }
    }

    /** Records the run (counts still zero) first: terminals it creates refer to it. @return its id */
    private static long startRun(Connection c, String file, String sha256, String actor, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_run (file_name, sha256, rows_read,"
                + " rows_inserted, rows_updated, rows_unchanged, rows_rejected, actor, imported_at)"
                + " VALUES (?, ?, 0, 0, 0, 0, 0, ?, ?)", new String[] {"id"})) {
            ps.setString(1, file);
            ps.setString(2, sha256);
            ps.setString(3, actor);
            Rows.setTime(ps, 4, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void finishRun(Connection c, long run, Counts n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_run SET rows_read = ?, rows_inserted = ?,"
                + " rows_updated = ?, rows_unchanged = ?, rows_rejected = ? WHERE id = ?")) {
            ps.setLong(1, n.read);
            ps.setLong(2, n.inserted);
            ps.setLong(3, n.updated);
            ps.setLong(4, n.unchanged);
            ps.setLong(5, n.rejects.size());
            ps.setLong(6, run);
            ps.executeUpdate();
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int r; (r = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, r);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
