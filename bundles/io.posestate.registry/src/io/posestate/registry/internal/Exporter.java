package io.posestate.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.posestate.exchange.EstateCsvWriter;
import io.posestate.exchange.LicensedAcquirerRow;
import io.posestate.exchange.PhoneSource;
import io.posestate.exchange.PhoneStatus;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.registry.api.ExportReport;
import io.posestate.store.Store;

/** Writes the four registry files from one consistent read, each sorted by its key. */
final class Exporter {
    private final Store store;

    Exporter(Store store) {
        this.store = store;
    }

    /** Writes the rows of a query to a writer. */
    @FunctionalInterface
    private interface RowWriter {
        void write(ResultSet rs) throws SQLException, IOException;
    }

    ExportReport export(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            // one read-only transaction: the four files show the same state of the store
            store.inTransaction(c -> {
                try {
                    writeAll(c, dir, rows);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new ExportReport(dir, rows);
    }

    private static void writeAll(Connection c, Path dir, Map<String, Long> rows) throws SQLException, IOException {
        try (EstateCsvWriter<LicensedAcquirerRow> w = EstateCsvWriter.licensedAcquirers(
                dir.resolve(Importer.LICENSED_ACQUIRERS))) {
            query(c, "SELECT acquirer_code, name, license_no FROM acquirer ORDER BY acquirer_code",
                    rs -> w.write(new LicensedAcquirerRow(rs.getString(1), rs.getString(2), rs.getString(3))));
            rows.put(Importer.LICENSED_ACQUIRERS, w.rowsWritten());
        }
        try (var w = EstateCsvWriter.merchants(dir.resolve(Importer.MERCHANTS))) {
            query(c, "SELECT merchant_no, name, mcc, region, acquirer_code, settlement_account, phone,"
                    + " backup_phone, email, address, status FROM merchant ORDER BY merchant_no",
                    rs -> w.write(Importer.merchantRow(rs)));
            rows.put(Importer.MERCHANTS, w.rowsWritten());
        }
        try (var w = EstateCsvWriter.phoneStatus(dir.resolve(Importer.PHONE_STATUS))) {
            query(c, "SELECT phone_number, status, since, source FROM phone ORDER BY phone_number",
                    rs -> w.write(new PhoneStatusRow(rs.getString(1), PhoneStatus.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), PhoneSource.valueOf(rs.getString(4)))));
            rows.put(Importer.PHONE_STATUS, w.rowsWritten());
        }
        try (var w = EstateCsvWriter.terminals(dir.resolve(Importer.TERMINALS))) {
            query(c, "SELECT serial_number, vendor, model, connection_type, firmware, merchant_no, state,"
                    + " deployed_region, activated_at FROM terminal ORDER BY serial_number",
                    rs -> w.write(Importer.terminalRow(rs)));
            rows.put(Importer.TERMINALS, w.rowsWritten());
        }
    }

    private static void query(Connection c, String sql, RowWriter writer) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    writer.write(rs);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
