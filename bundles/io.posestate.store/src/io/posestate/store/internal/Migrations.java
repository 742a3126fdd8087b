package io.posestate.store.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.posestate.store.StoreException;
import io.posestate.store.StoreLocation;
import io.posestate.store.Vendor;

/**
 * Applies versioned SQL migrations with Flyway: the estate schema of this bundle ({@code db/migration/V<n>__<name>.sql})
 * and the schema areas other bundles own ({@code db/<area>/V<n>__<name>.sql}, each with its own history table, so
 * areas evolve independently). Flyway's class-path scanning does not see inside OSGi bundles reliably, so the
 * migration files are handed to it explicitly from {@link Bundle#findEntries}; Java migrations are not used.
 * Migrations may use {@code ${bytes}} for the vendor's binary column type and {@code ${byte_order}} after the type of
 * a text key that sorts byte-wise (PostgreSQL's {@code COLLATE "C"}: several times cheaper to sort and index than a
 * linguistic collation; H2 compares strings that way already), and start a statement with {@code ${h2_only}} that
 * only H2 runs (on PostgreSQL the placeholder makes the line a comment).
 */
public final class Migrations {
    static final String FOLDER = "db/migration";
    /**
     * Flyway logs through java.util.logging here: its per-open INFO lines and the "newer H2 than tested"
     * warning are noise for people; a failed migration is thrown as {@link StoreException} instead.
     * (Kept in a field: java.util.logging holds loggers weakly.)
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.SEVERE);
    }

    private Migrations() {
    }

    /** @return the estate schema version after migrating */
    public static String migrate(ConnectionPool pool, StoreLocation location) {
        pool.check();
        return migrate(pool, location, FrameworkUtil.getBundle(Migrations.class), FOLDER, null);
    }

    /**
     * Applies the migrations of one area owned by another bundle; its history table is
     * {@code flyway_history_<area>}, and its first migration may find the other areas' tables already there.
     *
     * @return the area's schema version after migrating
     */
    public static String migrateArea(ConnectionPool pool, StoreLocation location, String area, Bundle owner) {
        if (!area.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema area must be lower-case letters, digits and '_': " + area);
        }
        return migrate(pool, location, owner, "db/" + area, "flyway_history_" + area);
    }

    private static String migrate(ConnectionPool pool, StoreLocation location, Bundle owner, String folder,
            String historyTable) {
        try {
            var configuration = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(pool)
                    .resourceProvider(new BundleResources(bundleMigrations(owner, folder), folder))
                    .javaMigrationClassProvider(List::of)
                    .placeholders(Map.of("bytes", location.vendor() == Vendor.H2 ? "VARBINARY" : "BYTEA",
                            "byte_order", location.vendor() == Vendor.H2 ? "" : "COLLATE \"C\"",
                            "h2_only", location.vendor() == Vendor.H2 ? "" : "-- "))
                    .cleanDisabled(true);
            if (historyTable != null) {
                configuration.table(historyTable).baselineOnMigrate(true).baselineVersion("0");
            }
            Flyway flyway = configuration.load();
            MigrateResult result = flyway.migrate();
            return result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : flyway.info().current().getVersion().getVersion();
        } catch (FlywayException e) {
            throw new StoreException("Cannot migrate store " + location + ": " + e.getMessage(), e);
        }
    }

    private static List<URL> bundleMigrations(Bundle bundle, String folder) {
        List<URL> urls = new ArrayList<>();
        if (bundle != null) {
            Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
            while (entries != null && entries.hasMoreElements()) {
                urls.add(entries.nextElement());
            }
        }
        if (urls.isEmpty()) {
            throw new StoreException("No migrations found in " + folder + " of bundle "
                    + (bundle == null ? "(none)" : bundle.getSymbolicName()));
        }
        return urls;
    }

    /** The migration files of this bundle as Flyway resources. */
    private static final class BundleResources implements ResourceProvider {
        private final List<LoadableResource> resources = new ArrayList<>();

        BundleResources(List<URL> urls, String folder) {
            urls.forEach(url -> resources.add(new UrlResource(url, folder)));
        }

        @Override
        public LoadableResource getResource(String name) {
            return resources.stream().filter(r -> r.getRelativePath().equals(name) || r.getFilename().equals(name))
                    .findFirst().orElse(null);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            List<LoadableResource> matching = new ArrayList<>();
            for (LoadableResource r : resources) {
                String name = r.getFilename();
                for (String suffix : suffixes) {
                    if (name.startsWith(prefix) && name.endsWith(suffix)) {
                        matching.add(r);
                        break;
                    }
                }
            }
            return matching;
        }
    }

    private static final class UrlResource extends LoadableResource {
        private final URL url;
        private final String folder;
        private final String filename;

        UrlResource(URL url, String folder) {
            this.url = url;
            this.folder = folder;
            String path = url.getPath();
            this.filename = path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read migration " + url, e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return url.toString();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return null;
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return folder + "/" + filename;
        }
    }
}
