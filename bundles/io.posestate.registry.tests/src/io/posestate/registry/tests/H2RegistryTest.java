package io.posestate.registry.tests;

import io.posestate.testing.StoreBackend;

class H2RegistryTest extends RegistryContract {
    @Override
    StoreBackend createBackend() throws Exception {
        return StoreBackend.h2();
    }
}
