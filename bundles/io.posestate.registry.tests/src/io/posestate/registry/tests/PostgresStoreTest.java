package io.posestate.registry.tests;

class PostgresStoreTest extends StoreContract {
    @Override
    Backend createBackend() {
        return PostgresBackend.require();
    }
}
