package io.posestate.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL at the URL in system property {@value #PROPERTY} (the build sets it from env POSESTATE_TEST_PG_URL).
 * Every store is a fresh schema named per run ({@code currentSchema=} on the URL), dropped on {@link #close()}, so
 * parallel or repeated runs do not interfere. Without a URL the tests are skipped, unless env CI=true.
 */
public final class PostgresStores implements StoreBackend {
    public static final String PROPERTY = "posestate.test.pg.url";

    private final String baseUrl;
    private final String prefix;
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final List<String> schemas = new ArrayList<>();

    private PostgresStores(String baseUrl, String prefix) {
        this.baseUrl = baseUrl;
        this.prefix = prefix;
    }

    /** @see StoreBackend#postgres(String) */
    static PostgresStores require(String prefix) {
        return new PostgresStores(requireUrl(), prefix);
    }

    /** @return the configured server's JDBC URL; skips the calling test without one (fails it under CI=true) */
    public static String requireUrl() {
        String url = System.getProperty(PROPERTY);
        if (url == null || url.isBlank() || url.startsWith("${")) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but no PostgreSQL configured: set env POSESTATE_TEST_PG_URL to a JDBC URL "
                        + "(e.g. from .ci/postgres.sh start)");
            }
            Assumptions.abort("No PostgreSQL configured (env POSESTATE_TEST_PG_URL): PostgreSQL suite skipped");
        }
        return url.strip();
    }

    @Override
    public String newLocation() throws SQLException {
        String schema = prefix + "_" + run + "_" + (schemas.size() + 1);
        execute(baseUrl, "CREATE SCHEMA " + schema);
        schemas.add(schema);
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void recreate(String location) throws SQLException {
        String schema = location.substring(location.lastIndexOf("currentSchema=") + "currentSchema=".length());
        if (!schemas.contains(schema)) {
            throw new IllegalArgumentException("Not a store of this backend: " + location);
        }
        execute(baseUrl, "DROP SCHEMA " + schema + " CASCADE");
        execute(baseUrl, "CREATE SCHEMA " + schema);
    }

    @Override
    public void close() throws SQLException {
        for (String schema : schemas) {
            drop(schema);
        }
        schemas.clear();
    }

    /**
     * Drops a schema; a deadlock with a late writer (e.g. a receipt listener still recording) is retried: the
     * server aborted only one of the two.
     */
    private void drop(String schema) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                execute(baseUrl, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                return;
            } catch (SQLException e) {
                if (!"40P01".equals(e.getSQLState()) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Runs one statement on the server of {@code url} (e.g. to prepare a schema a test needs). */
    public static void execute(String url, String sql) throws SQLException {
        try (Connection c = new org.postgresql.Driver().connect(url, new Properties());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
