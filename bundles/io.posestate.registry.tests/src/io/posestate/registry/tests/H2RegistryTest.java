package io.posestate.registry.tests;

class H2RegistryTest extends RegistryContract {
    @Override
    Backend createBackend() throws Exception {
        return new H2Backend();
    }
}
