package io.posestate.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;

/** The Eclipse application behind {@code ./posestate}: hands the arguments and the contributed commands to the {@link Cli}. */
public final class PosEstateApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		List<String> words = args == null ? List.of() : Arrays.asList(args);
		try {
			return new Cli(new CliContext(System.out, System.err), commands()).run(words);
		} catch (RuntimeException | InvalidSyntaxException e) {
			System.err.println("posestate: cannot start: " + e);
			return Cli.FAILED;
		}
	}

	/** Every {@link Command} service registered by the installed bundles. */
	private static List<Command> commands() throws InvalidSyntaxException {
		BundleContext bc = FrameworkUtil.getBundle(PosEstateApplication.class).getBundleContext();
		List<Command> commands = new ArrayList<>();
		for (ServiceReference<Command> ref : bc.getServiceReferences(Command.class, null)) {
			Command c = bc.getService(ref);
			if (c != null) {
				commands.add(c);
			}
		}
		return commands;
	}

	@Override
	public void stop() {
		// Commands run to completion on the calling thread; nothing to interrupt.
	}
}
