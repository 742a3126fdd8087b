package io.posestate.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.posestate.cli.api.CliContext;

/** The Eclipse application behind {@code ./posestate}: hands the arguments to the {@link Cli}. */
public final class PosEstateApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		List<String> words = args == null ? List.of() : Arrays.asList(args);
		try {
			return Cli.withServices(new CliContext(System.out, System.err)).run(words);
		} catch (RuntimeException | LinkageError e) {
			System.err.println("posestate: cannot start: " + e);
			return Cli.FAILED;
		}
	}

	@Override
	public void stop() {
		// Commands run to completion on the calling thread; nothing to interrupt.
	}
}
