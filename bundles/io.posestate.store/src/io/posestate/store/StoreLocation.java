package io.posestate.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Where an estate store lives: a JDBC URL ({@code jdbc:h2:...}, {@code jdbc:postgresql://...}) or a plain
 * folder, which means the H2 file database {@code <folder>/estate}. User and password may be given inside
 * the URL (H2 {@code ;USER=..;PASSWORD=..}, PostgreSQL {@code ?user=..&password=..}) or as properties.
 */
public final class StoreLocation {
    /** Base name of the H2 database inside a store folder. */
    public static final String DATABASE_NAME = "estate";
    private static final Pattern SECRET = Pattern.compile("(?i)(password=)[^;&]*");

    private final Vendor vendor;
    private final String url;
    private final String connectUrl;
    private final Properties properties;

    private StoreLocation(Vendor vendor, String url, String connectUrl, Properties properties) {
        this.vendor = vendor;
        this.url = url;
        this.connectUrl = connectUrl;
        this.properties = properties;
    }

    /**
     * @param location JDBC URL or folder path ({@code ~/} expands to the user's home); null or blank
     *                 means {@link #defaultLocation()}
     * @throws IllegalArgumentException for a JDBC URL of an unsupported database
     */
    public static StoreLocation parse(String location) {
        return parse(location, new Properties());
    }

    /** As {@link #parse(String)} with extra connection properties (e.g. {@code user}, {@code password}). */
    public static StoreLocation parse(String location, Properties extra) {
        if (location == null || location.isBlank()) {
            return defaultLocation();
        }
        String text = location.strip();
        Properties props = new Properties();
        props.putAll(extra);
        for (Vendor vendor : Vendor.values()) {
            if (text.regionMatches(true, 0, vendor.urlPrefix(), 0, vendor.urlPrefix().length())) {
                return of(vendor, text, props);
            }
        }
        if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new IllegalArgumentException("Unsupported store URL " + mask(text)
                    + ": expected jdbc:h2:... or jdbc:postgresql://... or a folder path");
        }
        if (text.equals("~") || text.startsWith("~/")) {
            text = System.getProperty("user.home") + text.substring(1);
        }
        return folder(Paths.get(text));
    }

    /**
     * The H2 file database {@code <folder>/estate}; its page cache is a quarter of the heap (16 MB to 1 GB),
     * so that the indexes of a large estate stay in memory.
     */
    public static StoreLocation folder(Path folder) {
        String path = folder.toAbsolutePath().normalize().resolve(DATABASE_NAME).toString().replace('\\', '/');
        long cacheKb = Math.max(16 * 1024, Math.min(1024 * 1024, Runtime.getRuntime().maxMemory() / 4 / 1024));
        return of(Vendor.H2, "jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + cacheKb, new Properties());
    }

    /**
     * The store in the Eclipse instance area ({@code osgi.instance.area}{@code /estate}), or
     * {@code ~/.posestate/estate} when there is none.
     */
    public static StoreLocation defaultLocation() {
        String area = instanceArea();
        if (area != null) {
            try {
                Path dir = area.startsWith("file:") ? Paths.get(URI.create(area.replace(" ", "%20"))) : Paths.get(area);
                return folder(dir);
            } catch (RuntimeException e) {
                // not a file URL: fall back to the home folder below
            }
        }
        return folder(Paths.get(System.getProperty("user.home"), ".posestate"));
    }

    private static String instanceArea() {
        Bundle bundle = FrameworkUtil.getBundle(StoreLocation.class);
        String area = bundle != null && bundle.getBundleContext() != null
                ? bundle.getBundleContext().getProperty("osgi.instance.area") : null;
        return area != null ? area : System.getProperty("osgi.instance.area");
    }

    private static StoreLocation of(Vendor vendor, String url, Properties props) {
        // credentials move from the URL into the properties, so the driver never reports them back
        // (e.g. in DatabaseMetaData.getURL(), which Flyway logs)
        String connectUrl = vendor == Vendor.H2 ? extract(url, ';', ';', false, props)
                : extract(url, '?', '&', true, props);
        if (vendor == Vendor.H2) {
            if (!props.containsKey("user")) {
                props.setProperty("user", "sa");
                props.putIfAbsent("password", "");
            }
        } else {
            // batched INSERTs are rewritten into multi-row statements: the bulk import depends on it
            if (!url.toLowerCase(Locale.ROOT).contains("rewritebatchedinserts")) {
                props.putIfAbsent("reWriteBatchedInserts", "true");
            }
            props.putIfAbsent("ApplicationName", "posestate");
        }
        return new StoreLocation(vendor, url, connectUrl, props);
    }

    /**
     * Removes {@code user=} and {@code password=} settings after {@code start} from the URL into props
     * ({@code decode}: values are URL-encoded, as in PostgreSQL query parameters).
     */
    private static String extract(String url, char start, char separator, boolean decode, Properties props) {
        int at = url.indexOf(start);
        if (at < 0) {
            return url;
        }
        StringBuilder kept = new StringBuilder(url.substring(0, at));
        char next = start;
        for (String setting : url.substring(at + 1).split(Pattern.quote(String.valueOf(separator)))) {
            int eq = setting.indexOf('=');
            String key = eq < 0 ? setting : setting.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (eq > 0 && (key.equals("user") || key.equals("password"))) {
                String value = setting.substring(eq + 1);
                props.setProperty(key, decode ? URLDecoder.decode(value, StandardCharsets.UTF_8) : value);
            } else if (!setting.isEmpty()) {
                kept.append(next).append(setting);
                next = separator;
            }
        }
        return kept.toString();
    }

    public Vendor vendor() {
        return vendor;
    }

    /** @return the JDBC URL as given (may contain a password: show {@link #toString()} to people instead) */
    public String url() {
        return url;
    }

    /** @return the URL handed to the driver: as given, without user and password (they are properties) */
    public String connectUrl() {
        return connectUrl;
    }

    /** @return a copy of the connection properties (user and password included) */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** @return the URL with any password masked */
    @Override
    public String toString() {
        return mask(url);
    }

    static String mask(String url) {
        return SECRET.matcher(url).replaceAll("$1****");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreLocation other && other.url.equals(url) && other.properties.equals(properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, properties);
    }
}
