package io.posestate.registry.tests;

import io.posestate.testing.StoreBackend;

class PostgresRegistryTest extends RegistryContract {
    @Override
    StoreBackend createBackend() {
        return StoreBackend.postgres("t");
    }
}
