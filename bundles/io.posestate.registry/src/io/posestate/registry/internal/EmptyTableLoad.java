package io.posestate.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.posestate.store.Store;
import io.posestate.store.Vendor;

/**
 * A bulk load into an empty table: its secondary indexes and foreign keys are dropped before the load and built
 * once from the loaded rows after it, several times faster than maintaining them row by row.
 * <p>
 * PostgreSQL drops and rebuilds them inside the import's transaction, which stays one transaction (a rollback
 * restores them). H2 commits on every DDL statement, so there the load commits as it goes, every
 * {@link #COMMIT_ROWS} rows (which keeps each transaction's undo log short). Before anything is dropped its
 * import run records the table and the statements that restore it ({@code import_run.restore}); a failure then
 * empties the table again (it was empty: {@code TRUNCATE} restores it exactly), restores its indexes and foreign
 * keys and deletes the run ({@link #undoInterrupted}); so does the next open of, or import into, the store after
 * a crash. Other writers of the same store meanwhile see the table filling up without those indexes (and unchecked
 * by its foreign keys), and what they write into it is removed with the load if the load fails.
 */
final class EmptyTableLoad implements AutoCloseable {
    /** Rows per commit of an H2 load. */
    static final int COMMIT_ROWS = 20_000;
    /** H2 loads running in this process (store and run): not interrupted, whatever their import run says. */
    private static final Set<String> RUNNING = ConcurrentHashMap.newKeySet();
    /** An H2 name as {@code SCRIPT} writes it: quoted, schema-qualified. */
    private static final String NAME = "(\"[^\"]*\"(?:\\.\"[^\"]*\")*)";
    private static final Pattern H2_INDEX = Pattern.compile("CREATE INDEX " + NAME + " ON .*", Pattern.DOTALL);
    private static final Pattern H2_REFERENCE = Pattern.compile("ALTER TABLE " + NAME + " ADD CONSTRAINT " + NAME
            + " FOREIGN KEY.*", Pattern.DOTALL);

    private final Connection c;
    private final Vendor vendor;
    private final long run;
    private final String running;
    private final List<String> restore;
    private long uncommitted;

    private EmptyTableLoad(Connection c, Vendor vendor, long run, String running, List<String> restore) {
        this.c = c;
        this.vendor = vendor;
        this.run = run;
        this.running = running;
        this.restore = restore;
    }

    /**
     * Starts a load into {@code table}, which the caller found empty: drops its secondary (non-unique) indexes and
     * its foreign keys; on H2 first records them on the import run {@code run} and commits.
     */
    static EmptyTableLoad start(Connection c, Store store, String table, long run) throws SQLException {
        List<String> drop = new ArrayList<>();
        List<String> restore = new ArrayList<>();
        if (store.vendor() == Vendor.POSTGRESQL) {
            postgresDefinitions(c, table, drop, restore);
        } else {
            h2Definitions(c, table, drop, restore);
        }
        boolean commits = store.vendor() == Vendor.H2 && !drop.isEmpty();
        EmptyTableLoad load = new EmptyTableLoad(c, store.vendor(), run,
                commits ? store.location().url() + '#' + run : null, restore);
        try (Statement s = c.createStatement()) {
            if (commits) {
                RUNNING.add(load.running);
                try (PreparedStatement ps = c.prepareStatement("UPDATE import_run SET restore = ? WHERE id = ?")) {
                    ps.setString(1, table + '\n' + String.join("\n", restore));
                    ps.setLong(2, run);
                    ps.executeUpdate();
                }
                c.commit();
            }
            for (String sql : drop) {
                s.execute(sql);
            }
        } catch (SQLException | RuntimeException e) {
            load.close();
            throw e;
        }
        return load;
    }

    /** A table that is not empty: loaded as it is, in one transaction. */
    static EmptyTableLoad none() {
        return new EmptyTableLoad(null, null, 0, null, List.of());
    }

    /** After {@code rows} more rows were written: commits every {@link #COMMIT_ROWS} rows of an H2 load. */
    void written(int rows) throws SQLException {
        uncommitted += rows;
        if (running != null && uncommitted >= COMMIT_ROWS) {
            c.commit();
            uncommitted = 0;
        }
    }

    /** After the last row: rebuilds what was dropped; the H2 run is then no longer in progress. */
    void finish() throws SQLException {
        if (restore.isEmpty()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            if (vendor == Vendor.POSTGRESQL) {
                s.execute("SET LOCAL maintenance_work_mem = '256MB'");
            }
            for (String sql : restore) {
                s.execute(sql);
            }
        }
        if (running != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE import_run SET restore = NULL WHERE id = ?")) {
                ps.setLong(1, run);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void close() {
        if (running != null) {
            RUNNING.remove(running);
        }
    }

    /**
     * Undoes the H2 loads into empty tables that stopped before they finished (a failure or a crash) and are not
     * running in this process: each table is emptied again, its indexes and foreign keys restored, its run deleted.
     * Repeatable if interrupted itself. (PostgreSQL loads are one transaction: nothing to undo.)
     */
    static void undoInterrupted(Store store) {
        if (store.vendor() != Vendor.H2) {
            return;
        }
        store.read(c -> {
            List<Long> runs = new ArrayList<>();
            List<String> restores = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, restore FROM import_run WHERE restore IS NOT NULL")) {
                while (rs.next()) {
                    if (!RUNNING.contains(store.location().url() + '#' + rs.getLong(1))) {
                        runs.add(rs.getLong(1));
                        restores.add(rs.getString(2));
                    }
                }
            }
            for (int i = 0; i < runs.size(); i++) {
                String[] lines = restores.get(i).split("\n");
                String table = lines[0];
                try (Statement s = c.createStatement()) {
                    // TRUNCATE refuses a table that foreign keys refer to unless they are off for it
                    s.execute("ALTER TABLE " + table + " SET REFERENTIAL_INTEGRITY FALSE");
                    s.execute("TRUNCATE TABLE " + table);
                    s.execute("ALTER TABLE " + table + " SET REFERENTIAL_INTEGRITY TRUE");
                    for (int j = 1; j < lines.length; j++) {
                        s.execute(lines[j]);
                    }
                    s.execute("DELETE FROM import_run WHERE id = " + runs.get(i));
                }
            }
            return null;
        });
    }

    private static void postgresDefinitions(Connection c, String table, List<String> drop, List<String> restore)
            throws SQLException {
        try (PreparedStatement indexes = c.prepareStatement("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                + " JOIN pg_index x ON x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass"
                + " WHERE i.schemaname = current_schema() AND i.tablename = ? AND NOT x.indisprimary AND NOT x.indisunique");
                PreparedStatement keys = c.prepareStatement("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE conrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?))"
                        + " AND contype = 'f'")) {
            indexes.setString(1, table);
            try (ResultSet rs = indexes.executeQuery()) {
                while (rs.next()) {
                    restore.add(rs.getString(2));
                    drop.add("DROP INDEX " + rs.getString(1));
                }
            }
            keys.setString(1, table);
            try (ResultSet rs = keys.executeQuery()) {
                while (rs.next()) {
                    restore.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
                    drop.add("ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(1));
                }
            }
        }
    }

    /**
     * H2 writes the definitions with {@code SCRIPT} (an administrator's command; the store's user is one), each
     * index and foreign key as one statement; a foreign key with {@code NOCHECK}: the importer checked the
     * references. They are restored with {@code IF NOT EXISTS}, so that an interrupted restore can be repeated.
     */
    private static void h2Definitions(Connection c, String table, List<String> drop, List<String> restore)
            throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS TABLE " + table)) {
            while (rs.next()) {
                String sql = rs.getString(1);
                Matcher index = H2_INDEX.matcher(sql);
                Matcher reference = H2_REFERENCE.matcher(sql);
                if (index.matches()) {
                    drop.add("DROP INDEX " + index.group(1));
                    restore.add(sql.replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
                } else if (reference.matches()) {
                    // first: the foreign key may use one of the indexes
                    drop.add(0, "ALTER TABLE " + reference.group(1) + " DROP CONSTRAINT " + reference.group(2));
                    restore.add(sql.replaceFirst(" ADD CONSTRAINT ", " ADD CONSTRAINT IF NOT EXISTS "));
                }
            }
        }
    }
}
