package io.posestate.registry.tests;

class PostgresRegistryTest extends RegistryContract {
    @Override
    Backend createBackend() {
        return PostgresBackend.require();
    }
}
