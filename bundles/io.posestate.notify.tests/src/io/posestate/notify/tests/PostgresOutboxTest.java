package io.posestate.notify.tests;

import org.junit.jupiter.api.AfterEach;

import io.posestate.testing.StoreBackend;

/**
 * The outbox contract on PostgreSQL at {@code posestate.test.pg.url} (env POSESTATE_TEST_PG_URL), one fresh schema
 * per store, dropped afterwards. Skipped without a server, unless env CI=true.
 */
class PostgresOutboxTest extends OutboxContract {
	private StoreBackend backend;

	@Override
	String newLocation() throws Exception {
		if (backend == null) {
			backend = StoreBackend.postgres("notify");
		}
		return backend.newLocation();
	}

	@AfterEach
	void dropSchemas() throws Exception {
		closeAll();
		if (backend != null) {
			backend.close();
		}
	}
}
