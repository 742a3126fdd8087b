package io.posestate.registry.tests;

class H2StoreTest extends StoreContract {
    @Override
    Backend createBackend() throws Exception {
        return new H2Backend();
    }
}
