package io.posestate.driver.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;
import io.posestate.driver.RemoteCommand;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.FleetTerminal;
import io.posestate.fleet.RemoteCommands;

/**
 * {@code fleet send}: sends a terminal that reported to the store a remote command its driver supports for its
 * model; the command stays pending until the terminal fetches and acknowledges it.
 */
@Component(service = Command.class)
public final class FleetSendCommand implements Command {

	@Override
	public String name() {
		return "fleet send";
	}

	@Override
	public String usage() {
		return "fleet send --terminal SERIAL --command LOCK|UNLOCK|WIPE|REBOOT|SCREEN_MESSAGE|FIRMWARE_UPDATE"
				+ " [--text TEXT_OR_VERSION] [--store URL]";
	}

	@Override
	public String summary() {
		return "send a terminal a remote command its driver supports (pending until it acknowledges)";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of("terminal", "command", "text", "store"), Set.of());
		String serial = args.required("terminal");
		RemoteCommand.Type type = type(args.required("command"));
		RemoteCommands commands = context.service(RemoteCommands.class);
		try (FleetStore store = context.service(FleetStores.class).open(args.get("store"))) {
			FleetTerminal t = store.terminals().stream().filter(x -> x.serialNumber().equals(serial)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("no status recorded for terminal " + serial
							+ " in " + store.location() + ": its model is not known"));
			if (t.model() == null || !commands.canSend(t.vendorId(), t.model(), type)) {
				String offered = Arrays.stream(RemoteCommand.Type.values())
						.filter(x -> t.model() != null && commands.canSend(t.vendorId(), t.model(), x))
						.map(Enum::name).collect(Collectors.joining(", "));
				context.err().printf("%s (%s %s) cannot %s remotely; its driver offers: %s%n", serial, t.vendorId(),
						t.model(), type.label(), offered.isEmpty() ? "nothing" : offered);
				return 1;
			}
			RemoteCommands.Issued issued = store.issue(t.vendorId(), serial, t.model(), type, args.get("text"),
					context.actor());
			context.out().printf("command %d (%s) for %s is pending until the terminal acknowledges it%n",
					issued.command().id(), type.label(), serial);
			return 0;
		} catch (IllegalArgumentException e) {
			context.err().println(e.getMessage());
			return 1;
		}
	}

	private static RemoteCommand.Type type(String text) {
		try {
			return RemoteCommand.Type.valueOf(text.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--command must be one of " + Arrays.toString(RemoteCommand.Type.values()));
		}
	}
}
