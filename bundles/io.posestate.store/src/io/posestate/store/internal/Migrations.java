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

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.posestate.store.StoreException;
import io.posestate.store.StoreLocation;

/**
 * Applies the versioned SQL migrations of this bundle ({@code db/migration/V<n>__<name>.sql}) with Flyway.
 * Flyway's class-path scanning does not see inside OSGi bundles reliably, so the migration files are
 * handed to it explicitly from {@link Bundle#findEntries}; Java migrations are not used.
 */
public final class Migrations {
    static final String FOLDER = "db/migration";

    private Migrations() {
    }

    /** @return the schema version after migrating */
    public static String migrate(ConnectionPool pool, StoreLocation location) {
        pool.check();
        try {
            Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(pool)
                    .resourceProvider(new BundleResources(bundleMigrations()))
                    .javaMigrationClassProvider(List::of)
                    .cleanDisabled(true)
                    .load();
            MigrateResult result = flyway.migrate();
            return result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : flyway.info().current().getVersion().getVersion();
        } catch (FlywayException e) {
            throw new StoreException("Cannot migrate store " + location + ": " + e.getMessage(), e);
        }
    }

    private static List<URL> bundleMigrations() {
        Bundle bundle = FrameworkUtil.getBundle(Migrations.class);
        List<URL> urls = new ArrayList<>();
        if (bundle != null) {
            Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.sql", false);
            while (entries != null && entries.hasMoreElements()) {
                urls.add(entries.nextElement());
            }
        }
        if (urls.isEmpty()) {
            throw new StoreException("No migrations found in " + FOLDER + " of bundle io.posestate.store");
        }
        return urls;
    }

    /** The migration files of this bundle as Flyway resources. */
    private static final class BundleResources implements ResourceProvider {
        private final List<LoadableResource> resources = new ArrayList<>();

        BundleResources(List<URL> urls) {
            urls.forEach(url -> resources.add(new UrlResource(url)));
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
        private final String filename;

        UrlResource(URL url) {
            this.url = url;
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
            return FOLDER + "/" + filename;
        }
    }
}
