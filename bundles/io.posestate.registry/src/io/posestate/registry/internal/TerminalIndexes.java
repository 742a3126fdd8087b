package io.posestate.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The registry's in-memory indexes of every terminal: read in one pass in serial-number order, or built by an import
 * from the rows it loaded into the empty table.
 */
record TerminalIndexes(SearchIndex text, FilterIndex filters) {
    static TerminalIndexes read(Connection c) throws SQLException {
        Builder indexes = new Builder();
        try (PreparedStatement ps = c.prepareStatement("SELECT serial_number, search_text, state, vendor, model,"
                + " deployed_region FROM terminal ORDER BY serial_number")) {
            ps.setFetchSize(10_000); // PostgreSQL streams the rows only with a fetch size (and autocommit off)
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    indexes.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6));
                }
            }
        }
        return indexes.build();
    }

    /** Collects terminals in serial-number order. */
    static final class Builder {
        private final SearchIndex.Builder text = new SearchIndex.Builder();
        private final FilterIndex.Builder filters = new FilterIndex.Builder();

        void add(String serial, String searchText, String state, String vendor, String model, String region) {
            text.add(serial, searchText);
            filters.add(state, vendor, model, region);
        }

        TerminalIndexes build() {
            return new TerminalIndexes(text.build(), filters.build());
        }
    }
}
