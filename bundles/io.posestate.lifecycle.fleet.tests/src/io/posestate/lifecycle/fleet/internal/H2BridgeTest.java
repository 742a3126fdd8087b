package io.posestate.lifecycle.fleet.internal;

import java.nio.file.Files;

/** The bridge on an embedded H2 store. */
class H2BridgeTest extends BridgeContract {
	@Override
	String newLocation() throws Exception {
		return Files.createDirectories(tmp.resolve("store")).toString();
	}
}
