package io.posestate.lifecycle.fleet.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

/**
 * The bridge on PostgreSQL at {@code posestate.test.pg.url} (env POSESTATE_TEST_PG_URL), a fresh schema per test,
 * dropped afterwards. Skipped without a server, unless env CI=true.
 */
class PostgresBridgeTest extends BridgeContract {
	private String schema;

	@Override
	String newLocation() throws SQLException {
		String url = System.getProperty("posestate.test.pg.url");
		if (url == null || url.isBlank() || url.startsWith("${")) {
			if ("true".equals(System.getenv("CI"))) {
				fail("CI=true but no PostgreSQL configured: set env POSESTATE_TEST_PG_URL");
			}
			Assumptions.abort("No PostgreSQL configured (env POSESTATE_TEST_PG_URL): skipped");
		}
		schema = "lcfleet_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		execute(url, "CREATE SCHEMA " + schema);
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	@AfterEach
	void dropSchema() throws Exception {
		close();
		if (schema != null) {
			execute(System.getProperty("posestate.test.pg.url"), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection c = new org.postgresql.Driver().connect(url, new Properties());
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}
}
