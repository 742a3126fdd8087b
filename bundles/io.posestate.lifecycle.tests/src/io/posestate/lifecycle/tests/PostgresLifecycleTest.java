package io.posestate.lifecycle.tests;

class PostgresLifecycleTest extends LifecycleContract {
    @Override
    Backend createBackend() {
        return PostgresBackend.require();
    }
}
