package io.posestate.registry.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.posestate.model.LifecycleEvent;
import io.posestate.model.Merchant;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalState;
import io.posestate.model.util.Masking;
import io.posestate.registry.api.AcquirerCount;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.EstateSummary;
import io.posestate.registry.api.ExportReport;
import io.posestate.registry.api.FileImport;
import io.posestate.registry.api.ImportReport;
import io.posestate.registry.api.MerchantCount;
import io.posestate.registry.api.Page;
import io.posestate.registry.api.RegistryException;
import io.posestate.registry.api.TerminalQuery;
import io.posestate.store.SqlFunction;
import io.posestate.store.Store;
import io.posestate.store.StoreException;
import io.posestate.store.Vendor;
import io.posestate.store.backed.StoreBacked;

/** The registry over a JDBC {@link Store}. */
final class JdbcEstateRegistry implements EstateRegistry, StoreBacked {
    private final Store store;
    private final Importer importer;
    private final Exporter exporter;
    private final TerminalSearch search;

    JdbcEstateRegistry(Store store) {
        this.store = store;
        this.search = new TerminalSearch(store);
        this.importer = new Importer(store);
        this.exporter = new Exporter(store);
        EmptyTableLoad.undoInterrupted(store); // a load that a crash interrupted
        search.invalidate(); // on H2 builds the in-memory indexes (and reads the table into H2's cache)
    }

    @Override
    public Optional<Terminal> terminal(String serialNumber) {
        return read(c -> first(c, "SELECT " + Rows.TERMINAL_COLUMNS + " FROM terminal t" + Rows.TERMINAL_JOINS
                + " WHERE t.serial_number = ?", serialNumber, Rows::terminal));
    }

    @Override
    public Optional<Merchant> merchant(String merchantNo) {
        return read(c -> first(c, Rows.MERCHANT_SELECT + " WHERE m.merchant_no = ?", merchantNo, Rows::merchant));
    }

    @Override
    public List<Merchant> merchantsByPhone(String phone) {
        // a union of two index lookups (an OR of two columns may scan the table)
        return read(c -> list(c, Rows.MERCHANT_SELECT + " WHERE m.merchant_no IN (SELECT merchant_no FROM merchant"
                + " WHERE phone = ? UNION SELECT merchant_no FROM merchant WHERE backup_phone = ?) ORDER BY m.merchant_no",
                List.of(phone, phone), Rows::merchant));
    }

    @Override
    public List<Merchant> merchantsWithCancelledPhone() {
        return read(c -> list(c, Rows.MERCHANT_SELECT + " WHERE m.phone IN (SELECT phone_number FROM phone"
                + " WHERE status = 'CANCELLED') ORDER BY m.merchant_no", List.of(), Rows::merchant));
    }

    @Override
    public List<AcquirerCount> acquirers() {
        return read(c -> list(c, "SELECT m.acquirer_code, MAX(a.name), COUNT(*) FROM merchant m"
                + " LEFT JOIN acquirer a ON a.acquirer_code = m.acquirer_code GROUP BY m.acquirer_code"
                + " ORDER BY m.acquirer_code", List.of(),
                rs -> new AcquirerCount(rs.getString(1), rs.getString(2), rs.getLong(3))));
    }

    @Override
    public Page<MerchantCount> merchantsByAcquirer(String acquirerCode, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        // page the merchant table alone, then join the page's phones, acquirer and terminal counts
        String sql = "SELECT " + Rows.MERCHANT_COLUMNS + ", (SELECT COUNT(*) FROM terminal t"
                + " WHERE t.merchant_no = m.merchant_no) AS terminal_count FROM (SELECT * FROM merchant"
                + " WHERE acquirer_code = ? ORDER BY merchant_no LIMIT " + (limit + 1) + " OFFSET " + offset + ") m"
                + Rows.MERCHANT_JOINS + " ORDER BY m.merchant_no";
        List<MerchantCount> items = read(c -> list(c, sql, List.of(acquirerCode),
                rs -> new MerchantCount(Rows.merchant(rs), rs.getLong("terminal_count"))));
        boolean more = items.size() > limit;
        return new Page<>(more ? items.subList(0, limit) : items, offset, limit, more);
    }

    @Override
    public Page<Terminal> terminals(TerminalQuery q) {
        TerminalSearch.Keys keys = search.keys(q, true);
        TerminalFilter filter = keys != null ? keys.filter() : new TerminalFilter(q, store.vendor());
        long offset = keys != null && keys.paged() ? 0 : q.offset();
        // page the terminal table alone (index order, early stop), then join the page's merchants and phones
        String sql = "SELECT " + Rows.TERMINAL_COLUMNS + " FROM (SELECT * FROM terminal" + filter.where()
                + filter.orderBy("") + " LIMIT ? OFFSET ?) t" + Rows.TERMINAL_JOINS + filter.orderBy("t.");
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = filter.bind(ps);
                ps.setInt(i, q.limit() + 1);
                ps.setLong(i + 1, offset);
                List<Terminal> items = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(Rows.terminal(rs));
                    }
                }
                boolean more = items.size() > q.limit();
                return new Page<>(more ? items.subList(0, q.limit()) : items, q.offset(), q.limit(), more);
            }
        });
    }

    @Override
    public long countTerminals(TerminalQuery q) {
        long known = search.count(q);
        if (known >= 0) {
            return known;
        }
        TerminalSearch.Keys keys = search.keys(q, false);
        TerminalFilter filter = keys != null ? keys.filter() : new TerminalFilter(q, store.vendor());
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM terminal" + filter.where())) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public void prepareSearch() {
        guardUnchecked(() -> {
            search.prepare();
            return null;
        });
    }

    @Override
    public ImportReport importDirectory(Path dir, String actor) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("Not a directory: " + dir);
        }
        List<FileImport> files = new ArrayList<>();
        for (String name : REGISTRY_FILES) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                files.add(importFile(file, actor));
            }
        }
        return new ImportReport(files);
    }

    @Override
    public FileImport importFile(Path file, String actor) throws IOException {
        return guard(() -> {
            List<TerminalIndexes> loaded = new ArrayList<>(1);
            FileImport report = null;
            try {
                // H2 answers filters from the indexes at once (PostgreSQL builds its text index on first use)
                report = importer.importFile(file, actor, store.vendor() == Vendor.H2 ? loaded::add : null);
                return report;
            } catch (IOException e) {
                throw new IoFailure(e);
            } finally {
                // phone statuses and acquirers are in no terminal index, and an unchanged file changes none
                if (report == null || report.changed() && !Importer.keepsTerminalIndexes(report.file())) {
                    search.changed(report == null || loaded.isEmpty() ? null : loaded.get(0));
                }
            }
        });
    }

    @Override
    public ExportReport exportTo(Path dir) throws IOException {
        return guard(() -> {
            try {
                return exporter.export(dir);
            } catch (IOException e) {
                throw new IoFailure(e);
            }
        });
    }

    @Override
    public EstateSummary summary() {
        return read(c -> new EstateSummary(count(c, "SELECT COUNT(*) FROM terminal"),
                count(c, "SELECT COUNT(*) FROM merchant"),
                count(c, "SELECT COUNT(*) FROM merchant m JOIN phone p ON p.phone_number = m.phone"
                        + " WHERE p.status = 'CANCELLED'"),
                count(c, "SELECT COUNT(*) FROM phone WHERE status = 'CANCELLED'"),
                groups(c, FilterIndex.Column.STATE), groups(c, FilterIndex.Column.VENDOR),
                groups(c, FilterIndex.Column.MODEL), groups(c, FilterIndex.Column.REGION)));
    }

    /** Terminals per value of a column: on H2 counted in memory (no indexes on these columns: V5), else in SQL. */
    private Map<String, Long> groups(Connection c, FilterIndex.Column column) throws SQLException {
        FilterIndex filters = search.filters();
        return filters != null ? filters.groups(column)
                : groups(c, column == FilterIndex.Column.REGION ? "deployed_region" : column.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void changeState(String serialNumber, TerminalState to, String actor, String reason,
            List<String> evidence) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        List<String> references = List.copyOf(evidence == null ? List.of() : evidence);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        guardUnchecked(() -> store.inTransaction(c -> {
            String from;
            int version;
            String merchantNo;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT state, version, merchant_no FROM terminal WHERE serial_number = ?")) {
                ps.setString(1, serialNumber);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new RegistryException("No terminal with serial number " + serialNumber);
                    }
                    from = rs.getString(1);
                    version = rs.getInt(2);
                    merchantNo = rs.getString(3);
                }
            }
            if (from.equals(to.name())) {
                throw new RegistryException("Terminal " + serialNumber + " is already " + to);
            }
            if (to == TerminalState.ACTIVE && merchantNo == null) {
                throw new RegistryException("Terminal " + serialNumber + " cannot become ACTIVE: bound to no merchant");
            }
            // an ACTIVE terminal has an activation date: the first activation sets it
            try (PreparedStatement ps = c.prepareStatement("UPDATE terminal SET state = ?, version = version + 1,"
                    + " updated_at = ?, activated_at = COALESCE(activated_at, ?) WHERE serial_number = ? AND version = ?")) {
                ps.setString(1, to.name());
                Rows.setTime(ps, 2, now);
                Rows.setDate(ps, 3, to == TerminalState.ACTIVE ? now.toLocalDate() : null);
                ps.setString(4, serialNumber);
                ps.setInt(5, version);
                if (ps.executeUpdate() != 1) {
                    throw new RegistryException("Terminal " + serialNumber
                            + " was changed by someone else at the same time; reload and retry");
                }
            }
            Events.insert(c, serialNumber, from, to.name(), now, actor, reason, references);
            return null;
        }));
        search.invalidate(); // the state filter
    }

    @Override
    public void rebindPhone(String merchantNo, String newPhone, String actor, String reason) {
        Objects.requireNonNull(actor, "actor");
        if (newPhone == null || !newPhone.matches("\\+?[0-9]{6,15}")) {
            throw new RegistryException("Merchant " + merchantNo + ": the new bound phone must be a phone number");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        guardUnchecked(() -> store.inTransaction(c -> {
            String old;
            try (PreparedStatement ps = c.prepareStatement("SELECT phone FROM merchant WHERE merchant_no = ? FOR UPDATE")) {
                ps.setString(1, merchantNo);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new RegistryException("No merchant with number " + merchantNo);
                    }
                    old = rs.getString(1);
                }
            }
            if (newPhone.equals(old)) {
                throw new RegistryException("Merchant " + merchantNo + " is already bound to that phone");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE merchant SET phone = ?, updated_at = ? WHERE merchant_no = ?")) {
                ps.setString(1, newPhone);
                Rows.setTime(ps, 2, now);
                ps.setString(3, merchantNo);
                ps.executeUpdate();
            }
            String why = "bound phone " + (old == null ? "none" : Masking.maskPhone(old)) + " -> "
                    + Masking.maskPhone(newPhone) + (reason == null ? "" : ": " + reason);
            List<String[]> terminals = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT serial_number, state FROM terminal WHERE merchant_no = ? ORDER BY serial_number")) {
                ps.setString(1, merchantNo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        terminals.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE terminal SET bound_phone = ?,"
                    + " version = version + 1, updated_at = ? WHERE merchant_no = ?")) {
                ps.setString(1, newPhone);
                Rows.setTime(ps, 2, now);
                ps.setString(3, merchantNo);
                ps.executeUpdate();
            }
            for (String[] t : terminals) {
                Events.insert(c, t[0], t[1], t[1], now, actor, why, List.of());
            }
            return null;
        }));
    }

    @Override
    public List<LifecycleEvent> history(String serialNumber) {
        return read(c -> Events.history(c, serialNumber));
    }

    @Override
    public String location() {
        return store.location().toString();
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public void close() {
        search.close();
        store.close();
    }

    // ---------------------------------------------------------------- helpers

    /** An I/O failure carried through the store's transaction helper. */
    private static final class IoFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IoFailure(IOException cause) {
            super(cause);
        }
    }

    private <T> T read(SqlFunction<T> work) {
        return guardUnchecked(() -> store.read(work));
    }

    /** Runs store work; database failures become {@link RegistryException}, I/O failures stay IOException. */
    private <T> T guard(Supplier<T> work) throws IOException {
        try {
            return guardUnchecked(work);
        } catch (IoFailure e) {
            throw (IOException) e.getCause();
        }
    }

    private <T> T guardUnchecked(Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            throw new RegistryException(e.getMessage(), e);
        }
    }

    private static <T> Optional<T> first(Connection c, String sql, String key, KeyChunks.RowMapper<T> mapper)
            throws SQLException {
        List<T> all = list(c, sql, List.of(key), mapper);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static <T> List<T> list(Connection c, String sql, List<String> params, KeyChunks.RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
            return result;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> groups(Connection c, String column) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + column + ", COUNT(*) FROM terminal GROUP BY " + column);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1);
                counts.merge(key == null ? "" : key, rs.getLong(2), Long::sum);
            }
        }
        return counts;
    }
}
