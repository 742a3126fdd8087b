package io.posestate.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.posestate.store.Store;
import io.posestate.store.StoreLocation;
import io.posestate.testing.StoreBackend;

/** Store behaviour every database product must show: migrations, transactions, pooling. */
abstract class StoreContract {
    private static final List<String> TABLES = List.of("acquirer", "phone", "merchant", "terminal_model", "terminal",
            "lifecycle_event", "lifecycle_evidence", "import_run");

    StoreBackend backend;

    abstract StoreBackend createBackend() throws Exception;

    @BeforeEach
    void setUpBackend() throws Exception {
        backend = createBackend();
    }

    @AfterEach
    void tearDownBackend() throws Exception {
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void migrationsCreateSchemaOnEmptyDatabaseAndAreNoOpsOnReopen() throws Exception {
        StoreLocation location = StoreLocation.parse(backend.newLocation());
        try (Store store = Store.open(location)) {
            assertEquals("5", store.schemaVersion());
            for (String table : TABLES) {
                assertEquals(0L, count(store, "SELECT COUNT(*) FROM " + table), table);
            }
            assertEquals(5L, count(store, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\" = TRUE"));
            store.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO acquirer (acquirer_code, name) VALUES ('A1', 'First')"));
        }
        try (Store store = Store.open(location)) {
            assertEquals("5", store.schemaVersion());
            assertEquals(5L, count(store, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'"));
            assertEquals(1L, count(store, "SELECT COUNT(*) FROM acquirer"), "data survives re-open");
        }
    }

    @Test
    void failedTransactionIsRolledBack() throws Exception {
        try (Store store = Store.open(StoreLocation.parse(backend.newLocation()))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO acquirer (acquirer_code) VALUES ('A1')");
                throw new IllegalStateException("boom");
            }));
            assertEquals("boom", e.getMessage());
            assertEquals(0L, count(store, "SELECT COUNT(*) FROM acquirer"));
            // the connection went back to the pool in auto-commit mode and is usable
            for (int i = 0; i < 20; i++) {
                assertEquals(0L, count(store, "SELECT COUNT(*) FROM acquirer"));
            }
        }
    }

    static long count(Store store, String sql) {
        return store.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new SQLException(sql + ": " + e.getMessage(), e);
            }
        });
    }
}
