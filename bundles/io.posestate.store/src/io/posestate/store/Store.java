package io.posestate.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.posestate.store.internal.ConnectionPool;
import io.posestate.store.internal.Migrations;

/**
 * An open estate store: a small pool of connections to one database whose schema has been migrated to
 * the newest version shipped in this bundle. Thread-safe; close it to release the database.
 */
public final class Store implements AutoCloseable {
    /** Connections kept open at most: enough for a UI, a background import and a CLI query. */
    private static final int MAX_CONNECTIONS = 8;

    private final StoreLocation location;
    private final ConnectionPool pool;
    private final String schemaVersion;

    private Store(StoreLocation location, ConnectionPool pool, String schemaVersion) {
        this.location = location;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the store and applies pending migrations (a no-op when the schema is current).
     *
     * @throws StoreException naming the location when the database cannot be reached or migrated
     */
    public static Store open(StoreLocation location) {
        ConnectionPool pool = new ConnectionPool(location, MAX_CONNECTIONS);
        try {
            String version = Migrations.migrate(pool, location);
            return new Store(location, pool, version);
        } catch (RuntimeException e) {
            pool.close();
            throw e instanceof StoreException ? e : new StoreException("Cannot open store " + location + ": " + e.getMessage(), e);
        }
    }

    public StoreLocation location() {
        return location;
    }

    public Vendor vendor() {
        return location.vendor();
    }

    /** @return the schema version after migration, e.g. {@code "1"} */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** @return the pooled data source (connections return to the pool on close) */
    public DataSource dataSource() {
        return pool;
    }

    /** Runs read-only work on a pooled connection in auto-commit mode. */
    public <T> T read(SqlFunction<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws (the exception
     * is passed on; SQL exceptions wrapped in {@link StoreException}).
     */
    public <T> T inTransaction(SqlFunction<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException("Database error in store " + location + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        pool.close();
    }
}
