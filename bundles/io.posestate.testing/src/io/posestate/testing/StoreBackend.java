package io.posestate.testing;

/**
 * A database product a test suite runs against: hands out locations of fresh, empty stores and removes them
 * on {@link #close()}. One contract suite, two subclasses: {@link #h2()} and {@link #postgres(String)}.
 */
public interface StoreBackend extends AutoCloseable {
    /** @return the location (folder or JDBC URL) of a new empty store */
    String newLocation() throws Exception;

    /** Empties the store at {@code location} (one this backend handed out), as if it had never been opened. */
    void recreate(String location) throws Exception;

    @Override
    void close() throws Exception;

    /** @return embedded H2 stores in a temporary folder */
    static StoreBackend h2() throws Exception {
        return new H2Stores();
    }

    /**
     * @param prefix the start of the schema names, naming the suite (e.g. {@code "lc"})
     * @return PostgreSQL stores at the server of {@link PostgresStores#PROPERTY}, one fresh schema each; skips the
     *         calling test when no server is configured, or fails it under {@code CI=true}
     */
    static StoreBackend postgres(String prefix) {
        return PostgresStores.require(prefix);
    }
}
