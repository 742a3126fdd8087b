package io.posestate.store;

/** The database products the store runs on; the schema keeps to their common SQL subset. */
public enum Vendor {
    H2("jdbc:h2:"), POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    Vendor(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** @return the JDBC URL prefix of this vendor, e.g. {@code jdbc:h2:} */
    public String urlPrefix() {
        return urlPrefix;
    }
}
