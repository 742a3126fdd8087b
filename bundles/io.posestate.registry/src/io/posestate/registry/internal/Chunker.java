package io.posestate.registry.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.posestate.store.StoreException;

/** Collects streamed rows into chunks of {@link KeyChunks#SIZE} and hands each full chunk to a writer. */
final class Chunker<T> {
    /** Writes one chunk to the database. */
    @FunctionalInterface
    interface ChunkWriter<T> {
        void write(List<T> chunk) throws SQLException;
    }

    private final ChunkWriter<T> writer;
    private final List<T> chunk = new ArrayList<>(KeyChunks.SIZE);

    Chunker(ChunkWriter<T> writer) {
        this.writer = writer;
    }

    /** Adds a row; writes the chunk when full (an SQL failure is thrown as {@link StoreException}). */
    void add(T row) {
        chunk.add(row);
        if (chunk.size() == KeyChunks.SIZE) {
            try {
                flush();
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            }
        }
    }

    /** Writes the rows collected so far. */
    void flush() throws SQLException {
        if (!chunk.isEmpty()) {
            writer.write(chunk);
            chunk.clear();
        }
    }
}
