package io.posestate.notify.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

class H2OutboxTest extends OutboxContract {
	@TempDir
	Path dir;
	private int stores;

	@Override
	String newLocation() {
		return dir.resolve("store" + ++stores).toString();
	}
}
