package io.posestate.audit.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.FindingStore;
import io.posestate.store.Store;
import io.posestate.store.StoreException;
import io.posestate.store.StoreLocation;

/**
 * Keeps audit runs and their findings in the estate store (tables audit_run and audit_finding, the "audit" schema
 * area migrated from this bundle's db/audit), one transaction per run, findings in findings.csv order and linked to terminals
 * (serial_number) and merchants (merchant_no).
 */
@Component(service = FindingStore.class)
public final class StoreFindingStore implements FindingStore {

    private static final int BATCH = 2000;

    @Override
    public String store(String location, AuditResult result) throws IOException {
        StoreLocation where = location == null ? StoreLocation.defaultLocation() : StoreLocation.parse(location);
        try (Store store = Store.open(where)) {
            store.migrateArea("audit", StoreFindingStore.class);
            long id = store.inTransaction(c -> {
                long run = insertRun(c, result);
                insertFindings(c, run, result);
                return run;
            });
            return "audit run " + id + " in store " + store.location();
        } catch (StoreException e) {
            throw new IOException("cannot store the findings: " + e.getMessage(), e);
        }
    }

    private static long insertRun(Connection c, AuditResult r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_run (as_of, started_at, finished_at, actor,"
                + " data_dir, product, transactions, rejects, findings, inputs_sha256) VALUES (?,?,?,?,?,?,?,?,?,?)",
                new String[] { "id" })) {
            ps.setObject(1, r.request().asOf());
            ps.setObject(2, r.startedAt());
            ps.setObject(3, r.finishedAt());
            ps.setString(4, r.request().actor());
            ps.setString(5, r.request().dataDir().toAbsolutePath().toString());
            ps.setString(6, r.productVersion());
            ps.setLong(7, r.transactionsAudited());
            ps.setLong(8, r.rejectCount());
            ps.setLong(9, r.findings().size());
            ps.setString(10, r.inputs().stream().map(f -> f.name() + "=" + f.sha256())
                    .collect(Collectors.joining(" ")));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertFindings(Connection c, long run, AuditResult r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_finding (run_id, line_no, rule, severity,"
                + " serial_number, merchant_no, txn_count, first_time, last_time, detail) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            int line = 0;
            for (Finding f : r.findings()) {
                ps.setLong(1, run);
                ps.setInt(2, ++line);
                ps.setString(3, f.rule());
                ps.setString(4, f.severity().name());
                ps.setString(5, f.serialNumber());
                ps.setString(6, f.merchantNo());
                if (f.count() == null) {
                    ps.setNull(7, Types.BIGINT);
                } else {
                    ps.setLong(7, f.count());
                }
                if (f.firstTime() == null) {
                    ps.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    ps.setObject(8, f.firstTime());
                    ps.setObject(9, f.lastTime());
                }
                ps.setString(10, f.detail());
                ps.addBatch();
                if (line % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
