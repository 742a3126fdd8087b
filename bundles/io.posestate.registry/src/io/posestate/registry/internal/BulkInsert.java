package io.posestate.registry.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import io.posestate.store.Vendor;

/**
 * Appends rows to one table inside the current transaction, as fast as the database allows: PostgreSQL
 * through {@code COPY ... FROM STDIN} (CSV), H2 through JDBC batches. Rows are written by {@link #flush()} (COPY
 * waits for a few megabytes: one statement per row batch would cost a round trip each) and {@link #finish()}.
 */
abstract class BulkInsert implements AutoCloseable {
    /** SQL type of a column, needed to bind NULL. */
    enum Type {
        TEXT(Types.VARCHAR), DATE(Types.DATE), TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE), INTEGER(Types.INTEGER), BIGINT(Types.BIGINT);

        final int sqlType;

        Type(int sqlType) {
            this.sqlType = sqlType;
        }
    }

    /** A column to fill. */
    record Column(String name, Type type) {
        static Column text(String name) {
            return new Column(name, Type.TEXT);
        }
    }

    protected final List<Column> columns;

    private BulkInsert(List<Column> columns) {
        this.columns = columns;
    }

    static BulkInsert open(Connection c, Vendor vendor, String table, List<Column> columns) throws SQLException {
        return open(c, vendor, table, columns, false);
    }

    /**
     * @param streaming on PostgreSQL, one COPY open from the first flush to {@link #finish()}, so that the server
     *        stores rows while the caller produces the next ones; the connection serves no other statement
     *        meanwhile (for loads that only insert)
     */
    static BulkInsert open(Connection c, Vendor vendor, String table, List<Column> columns, boolean streaming)
            throws SQLException {
        return vendor == Vendor.POSTGRESQL ? new Copy(c, table, columns, streaming) : new Batch(c, table, columns);
    }

    /** Adds one row: values in column order; strings, enums (by name), dates, date-times, integers or null. */
    abstract void add(Object... values) throws SQLException;

    /** Writes the rows added since the last write, or keeps them for a larger write. */
    abstract void flush() throws SQLException;

    /** Writes every row added so far. */
    abstract void finish() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    static String columnList(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }

    /** JDBC batch of INSERT statements. */
    private static final class Batch extends BulkInsert {
        private final PreparedStatement insert;

        Batch(Connection c, String table, List<Column> columns) throws SQLException {
            super(columns);
            insert = c.prepareStatement("INSERT INTO " + table + " (" + columnList(columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(x -> "?").toList()) + ")");
        }

        @Override
        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    insert.setNull(i + 1, columns.get(i).type().sqlType);
                } else if (v instanceof String || v instanceof Enum<?>) {
                    Rows.set(insert, i + 1, v);
                } else {
                    insert.setObject(i + 1, v);
                }
            }
            insert.addBatch();
        }

        @Override
        void flush() throws SQLException {
            insert.executeBatch();
        }

        @Override
        void finish() throws SQLException {
            flush();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    /** PostgreSQL COPY in CSV format: an unquoted empty field is NULL, every text value is quoted. */
    private static final class Copy extends BulkInsert {
        private static final int WRITE_AT = 4 << 20;
        private static final int STREAM_AT = 256 << 10;
        private final PGConnection pg;
        private final String sql;
        private final StringBuilder rows = new StringBuilder(1 << 16);
        private final boolean streaming;
        /** The open COPY of a streaming load, or null. */
        private CopyIn copy;

        Copy(Connection c, String table, List<Column> columns, boolean streaming) throws SQLException {
            super(columns);
            pg = c.unwrap(PGConnection.class);
            sql = "COPY " + table + " (" + columnList(columns) + ") FROM STDIN WITH (FORMAT csv)";
            this.streaming = streaming;
        }

        @Override
        void add(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    rows.append(',');
                }
                Object v = values[i];
                if (v instanceof Enum<?> e) {
                    rows.append(e.name());
                } else if (v instanceof LocalDate || v instanceof OffsetDateTime || v instanceof Number) {
                    rows.append(v);
                } else if (v != null) {
                    rows.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
                }
            }
            rows.append('\n');
        }

        @Override
        void flush() throws SQLException {
            if (streaming && rows.length() >= STREAM_AT) {
                if (copy == null) {
                    copy = pg.getCopyAPI().copyIn(sql);
                }
                byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                rows.setLength(0);
            } else if (!streaming && rows.length() >= WRITE_AT) {
                finish();
            }
        }

        @Override
        void finish() throws SQLException {
            if (copy != null) {
                byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                rows.setLength(0);
                CopyIn done = copy;
                copy = null;
                done.endCopy();
                return;
            }
            if (rows.length() == 0) {
                return;
            }
            try {
                pg.getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + sql + " failed: " + e.getMessage(), e);
            }
            rows.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            rows.setLength(0);
            if (copy != null && copy.isActive()) {
                copy.cancelCopy(); // a failed load: the transaction rolls back
            }
        }
    }
}
