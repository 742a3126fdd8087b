package io.posestate.cli.internal;

import java.util.List;

/** The built-in subcommands, in the order help lists them. */
final class Commands {
	private Commands() {
	}

	static List<Command> all() {
		return List.of();
	}
}
