package io.posestate.fleet.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

/**
 * The fleet store on PostgreSQL at {@code posestate.test.pg.url} (env POSESTATE_TEST_PG_URL), one fresh schema per
 * store, dropped afterwards. Skipped without a server, unless env CI=true.
 */
class PostgresFleetStoreTest extends FleetStoreContract {
	private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	private final List<String> schemas = new ArrayList<>();

	@Override
	String newLocation() throws SQLException {
		String url = System.getProperty("posestate.test.pg.url");
		if (url == null || url.isBlank() || url.startsWith("${")) {
			if ("true".equals(System.getenv("CI"))) {
				fail("CI=true but no PostgreSQL configured: set env POSESTATE_TEST_PG_URL");
			}
			Assumptions.abort("No PostgreSQL configured (env POSESTATE_TEST_PG_URL): skipped");
		}
		String schema = "fleet_" + run + "_" + (schemas.size() + 1);
		execute(url, "CREATE SCHEMA " + schema);
		schemas.add(schema);
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	@Override
	void recreate() throws Exception {
		String url = System.getProperty("posestate.test.pg.url");
		String schema = schemas.get(schemas.size() - 1);
		execute(url, "DROP SCHEMA " + schema + " CASCADE");
		execute(url, "CREATE SCHEMA " + schema);
	}

	@AfterEach
	void dropSchemas() throws Exception {
		closeAll();
		String url = System.getProperty("posestate.test.pg.url");
		for (String schema : schemas) {
			execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection c = new org.postgresql.Driver().connect(url, new Properties());
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}
}
