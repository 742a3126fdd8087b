package io.posestate.lifecycle.tests;

import io.posestate.testing.StoreBackend;

class PostgresLifecycleTest extends LifecycleContract {
    @Override
    StoreBackend createBackend() {
        return StoreBackend.postgres("lc");
    }
}
