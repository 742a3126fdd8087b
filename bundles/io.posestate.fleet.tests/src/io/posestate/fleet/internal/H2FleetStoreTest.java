package io.posestate.fleet.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The fleet store on embedded H2, one folder per test. */
class H2FleetStoreTest extends FleetStoreContract {
	@TempDir
	Path dir;

	@Override
	String newLocation() throws Exception {
		return Files.createDirectories(dir.resolve("store")).toString();
	}
}
