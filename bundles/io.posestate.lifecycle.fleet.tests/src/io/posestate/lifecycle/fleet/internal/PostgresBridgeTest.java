package io.posestate.lifecycle.fleet.internal;

import org.junit.jupiter.api.AfterEach;

import io.posestate.testing.StoreBackend;

/**
 * The bridge on PostgreSQL at {@code posestate.test.pg.url} (env POSESTATE_TEST_PG_URL), a fresh schema per test,
 * dropped afterwards. Skipped without a server, unless env CI=true.
 */
class PostgresBridgeTest extends BridgeContract {
	private StoreBackend backend;

	@Override
	String newLocation() throws Exception {
		backend = StoreBackend.postgres("lcfleet");
		return backend.newLocation();
	}

	@AfterEach
	void dropSchema() throws Exception {
		close();
		if (backend != null) {
			backend.close();
		}
	}
}
