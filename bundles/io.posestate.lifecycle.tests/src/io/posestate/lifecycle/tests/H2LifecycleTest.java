package io.posestate.lifecycle.tests;

import io.posestate.testing.StoreBackend;

class H2LifecycleTest extends LifecycleContract {
    @Override
    StoreBackend createBackend() throws Exception {
        return StoreBackend.h2();
    }
}
