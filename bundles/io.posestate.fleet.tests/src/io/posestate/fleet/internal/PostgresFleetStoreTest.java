package io.posestate.fleet.internal;

import org.junit.jupiter.api.AfterEach;

import io.posestate.testing.StoreBackend;

/**
 * The fleet store on PostgreSQL at {@code posestate.test.pg.url} (env POSESTATE_TEST_PG_URL), one fresh schema per
 * store, dropped afterwards. Skipped without a server, unless env CI=true.
 */
class PostgresFleetStoreTest extends FleetStoreContract {
	private StoreBackend backend;
	private String last;

	@Override
	String newLocation() throws Exception {
		if (backend == null) {
			backend = StoreBackend.postgres("fleet");
		}
		last = backend.newLocation();
		return last;
	}

	@Override
	void recreate() throws Exception {
		backend.recreate(last);
	}

	@AfterEach
	void dropSchemas() throws Exception {
		closeAll();
		if (backend != null) {
			backend.close();
		}
	}
}
