package io.posestate.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.posestate.registry.api.TerminalQuery;
import io.posestate.store.Store;
import io.posestate.store.StoreLocation;
import io.posestate.testing.StoreBackend;

class H2RegistryTest extends RegistryContract {
    @Override
    StoreBackend createBackend() throws Exception {
        return StoreBackend.h2();
    }

    @Test
    void databaseCrashInTheMiddleOfALoadIntoAnEmptyTableIsUndone() throws Exception {
        importSmallWithoutTerminals();
        Set<String> before = indexes(location);
        Path file = manyTerminals(200_000);
        try (Store watcher = Store.open(StoreLocation.parse(location))) {
            Thread crash = new Thread(() -> {
                try {
                    watcher.read(c -> {
                        try (Statement s = c.createStatement()) {
                            // once the load has committed rows (an H2 load into an empty table commits as it goes)
                            long deadline = System.currentTimeMillis() + 60_000;
                            while (count(s) == 0 && System.currentTimeMillis() < deadline) {
                                Thread.sleep(1);
                            }
                            s.execute("SHUTDOWN IMMEDIATELY");
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    });
                } catch (RuntimeException e) {
                    // the watcher's connection ends with the database
                }
            });
            crash.start();
            assertThrows(Exception.class, () -> registry.importFile(file, ACTOR));
            crash.join();
        }
        registry.close();
        registry = factory.open(location); // undoes the load if the failed import could not
        assertEquals(0, registry.countTerminals(TerminalQuery.all()));
        assertEquals(before, indexes(location));
        assertEquals(0, terminalRunsAndLoads(location));
        assertCounts(registry.importFile(file, ACTOR), 200_000, 200_000, 0, 0, 0);
        assertEquals(before, indexes(location));
    }

    private static long count(Statement s) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM terminal")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
