package io.posestate.registry.tests;

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
 * PostgreSQL at the URL in system property {@code posestate.test.pg.url} (from env POSESTATE_TEST_PG_URL).
 * Every store is a fresh schema named per run ({@code currentSchema=} on the URL) dropped afterwards, so
 * parallel or repeated runs do not interfere. Without a URL the tests are skipped, unless env CI=true.
 */
final class PostgresBackend implements Backend {
    static final String PROPERTY = "posestate.test.pg.url";

    private final String baseUrl;
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final List<String> schemas = new ArrayList<>();

    private PostgresBackend(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @return the backend, or skips (fails under CI=true) the calling test when no server is configured */
    static PostgresBackend require() {
        String url = System.getProperty(PROPERTY);
        if (url == null || url.isBlank() || url.startsWith("${")) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but no PostgreSQL configured: set env POSESTATE_TEST_PG_URL to a JDBC URL "
                        + "(e.g. from .ci/postgres.sh start)");
            }
            Assumptions.abort("No PostgreSQL configured (env POSESTATE_TEST_PG_URL): PostgreSQL suite skipped");
        }
        return new PostgresBackend(url.strip());
    }

    @Override
    public String newLocation() throws SQLException {
        String schema = "t_" + run + "_" + (schemas.size() + 1);
        execute("CREATE SCHEMA " + schema);
        schemas.add(schema);
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() throws SQLException {
        for (String schema : schemas) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = new org.postgresql.Driver().connect(baseUrl, new Properties());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
