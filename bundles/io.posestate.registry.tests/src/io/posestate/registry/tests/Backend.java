package io.posestate.registry.tests;

/** A database product the suites run against: hands out fresh, empty store locations and removes them. */
interface Backend extends AutoCloseable {
    /** @return a location (folder or JDBC URL) of a new empty store */
    String newLocation() throws Exception;

    @Override
    void close() throws Exception;
}
