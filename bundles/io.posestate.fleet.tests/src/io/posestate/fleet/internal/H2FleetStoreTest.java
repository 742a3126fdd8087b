package io.posestate.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.driver.RemoteCommand.Type;
import io.posestate.fleet.FleetStore;
import io.posestate.store.Store;
import io.posestate.store.StoreException;
import io.posestate.store.StoreLocation;

/** The fleet store on embedded H2, one folder per test. */
class H2FleetStoreTest extends FleetStoreContract {
	@TempDir
	Path dir;

	@Override
	String newLocation() throws Exception {
		return Files.createDirectories(dir.resolve("store")).toString();
	}

	@Override
	void recreate() throws Exception {
		try (Stream<Path> files = Files.walk(dir.resolve("store"))) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		Files.createDirectories(dir.resolve("store"));
	}

	@Test
	void aStoreWithAPasswordIsReachedThroughItsOpenStoreNotItsMaskedLocation() throws Exception {
		String secret = "s3cret-Fleet";
		StoreLocation where = StoreLocation.parse("jdbc:h2:file:" + dir.resolve("secured/estate")
				+ ";USER=fleet;PASSWORD=" + secret);
		try (Store secured = Store.open(where)) {
			String printable = secured.location().toString();
			assertFalse(printable.contains(secret), printable);
			assertThrows(StoreException.class, () -> stores.open(printable).close(),
					"the masked location does not reconnect");
			try (FleetStore fleet = stores.open(secured)) {
				assertFalse(fleet.location().contains(secret), fleet.location());
				assertEquals(1, fleet.issue("pocketpin", "PPM20-P-1", "PP-M20", Type.WIPE, null, "alice").command()
						.id());
			}
			try (FleetStore again = stores.open(secured)) {
				assertEquals(1, again.pending("pocketpin", "PPM20-P-1").size(), "the store stayed open");
			}
		}
	}
}
