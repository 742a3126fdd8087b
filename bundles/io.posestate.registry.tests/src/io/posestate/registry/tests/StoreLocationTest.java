package io.posestate.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.posestate.store.StoreLocation;
import io.posestate.store.Vendor;

class StoreLocationTest {
    @Test
    void folderBecomesH2FileDatabase() {
        StoreLocation l = StoreLocation.parse("/data/estates/north");
        assertEquals(Vendor.H2, l.vendor());
        assertTrue(l.url().matches("jdbc:h2:file:/data/estates/north/estate;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=\\d+"),
                l.url());
        assertEquals("sa", l.properties().getProperty("user"));
    }

    @Test
    void homeFolderIsExpanded() {
        StoreLocation l = StoreLocation.parse("~/x");
        assertTrue(l.url().startsWith("jdbc:h2:file:" + Path.of(System.getProperty("user.home"), "x", "estate")
                + ";DB_CLOSE_ON_EXIT=FALSE;"), l.url());
    }

    @Test
    void jdbcUrlsAreKeptAndPasswordsMasked() {
        StoreLocation pg = StoreLocation.parse("jdbc:postgresql://db:5432/estate?user=ops&password=s3cret%26x&ssl=true");
        assertEquals(Vendor.POSTGRESQL, pg.vendor());
        assertEquals("jdbc:postgresql://db:5432/estate?user=ops&password=s3cret%26x&ssl=true", pg.url());
        assertEquals("jdbc:postgresql://db:5432/estate?ssl=true", pg.connectUrl(), "credentials are not in the URL");
        assertEquals("ops", pg.properties().getProperty("user"));
        assertEquals("s3cret&x", pg.properties().getProperty("password"));
        assertEquals("true", pg.properties().getProperty("reWriteBatchedInserts"));
        assertFalse(pg.toString().contains("s3cret"), pg.toString());
        StoreLocation h2 = StoreLocation.parse("jdbc:h2:mem:x;USER=u;PASSWORD=pw");
        assertEquals(Vendor.H2, h2.vendor());
        assertEquals("jdbc:h2:mem:x;USER=u;PASSWORD=****", h2.toString());
        assertEquals("jdbc:h2:mem:x", h2.connectUrl());
        assertEquals("u", h2.properties().getProperty("user"));
        assertEquals("pw", h2.properties().getProperty("password"));
    }

    @Test
    void defaultIsInstanceAreaOrHome() {
        StoreLocation l = StoreLocation.parse(null);
        assertEquals(Vendor.H2, l.vendor());
        assertTrue(l.url().contains("/estate;DB_CLOSE_ON_EXIT=FALSE;"), l.url());
        assertEquals(l, StoreLocation.parse("  "));
    }

    @Test
    void otherJdbcUrlsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoreLocation.parse("jdbc:mysql://db/x?password=pw"));
        assertTrue(e.getMessage().startsWith("Unsupported store URL jdbc:mysql://db/x?password=****"), e.getMessage());
    }
}
