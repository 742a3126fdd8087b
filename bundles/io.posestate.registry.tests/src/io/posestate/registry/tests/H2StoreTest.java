package io.posestate.registry.tests;

import io.posestate.testing.StoreBackend;

class H2StoreTest extends StoreContract {
    @Override
    StoreBackend createBackend() throws Exception {
        return StoreBackend.h2();
    }
}
