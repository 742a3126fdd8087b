package io.posestate.registry.tests;

import io.posestate.testing.StoreBackend;

class PostgresStoreTest extends StoreContract {
    @Override
    StoreBackend createBackend() {
        return StoreBackend.postgres("t");
    }
}
