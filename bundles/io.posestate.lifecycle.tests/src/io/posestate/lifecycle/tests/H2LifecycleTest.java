package io.posestate.lifecycle.tests;

class H2LifecycleTest extends LifecycleContract {
    @Override
    Backend createBackend() throws Exception {
        return new H2Backend();
    }
}
