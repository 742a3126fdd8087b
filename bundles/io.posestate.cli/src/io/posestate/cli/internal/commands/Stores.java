package io.posestate.cli.internal.commands;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryFactory;

/** Opens the registry a command works on: {@code --store} or the default embedded store. */
final class Stores {
	static final String OPTION = "store";

	private Stores() {
	}

	static EstateRegistry open(CliContext context, Args args) {
		return context.service(RegistryFactory.class).open(args.get(OPTION));
	}
}
