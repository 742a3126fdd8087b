package io.posestate.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up the stored rows of a chunk of keys with one statement {@code ... WHERE key IN (?, ?, ...)} of a
 * fixed number of parameters (short chunks repeat their last key), so that the statement is prepared once
 * and the primary-key index is used on every database.
 */
final class KeyChunks<T> implements AutoCloseable {
    /** Rows per chunk: the batch size of imports too. */
    static final int SIZE = 1000;

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Writes one chunk of rows. */
    @FunctionalInterface
    interface ChunkWriter<T> {
        void write(List<T> chunk) throws SQLException;
    }

    /** Hands {@code rows} to {@code writer} in chunks of at most {@link #SIZE}. */
    static <T> void inChunks(List<T> rows, ChunkWriter<T> writer) throws SQLException {
        for (int from = 0; from < rows.size(); from += SIZE) {
            writer.write(rows.subList(from, Math.min(rows.size(), from + SIZE)));
        }
    }

    private final PreparedStatement select;
    private final RowMapper<T> mapper;

    /** @param selectPrefix e.g. {@code SELECT ... FROM terminal WHERE serial_number} (first column = key) */
    KeyChunks(Connection c, String selectPrefix, RowMapper<T> mapper) throws SQLException {
        StringBuilder sql = new StringBuilder(selectPrefix).append(" IN (");
        for (int i = 0; i < SIZE; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        this.select = c.prepareStatement(sql.append(')').toString());
        this.mapper = mapper;
    }

    /** @return stored rows by key (the first selected column) for keys (at most {@link #SIZE}) */
    Map<String, T> find(List<String> keys) throws SQLException {
        Map<String, T> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        for (int i = 0; i < SIZE; i++) {
            select.setString(i + 1, keys.get(Math.min(i, keys.size() - 1)));
        }
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                found.put(rs.getString(1), mapper.map(rs));
            }
        }
        return found;
    }

    @Override
    public void close() throws SQLException {
        select.close();
    }
}
