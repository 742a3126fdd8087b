package io.posestate.driver.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetSimulator;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.IngestEndpoint;

/**
 * {@code fleet simulate}: the demo fleet reports over loopback HTTP into a store's fleet status; each simulated
 * terminal first fetches its oldest pending remote command and acknowledges it in its status.
 */
@Component(service = Command.class)
public final class FleetSimulateCommand implements Command {

	@Override
	public String name() {
		return "fleet simulate";
	}

	@Override
	public String usage() {
		return "fleet simulate [--terminals N] [--seed S] [--offline-after DURATION] [--port P] [--store URL]";
	}

	@Override
	public String summary() {
		return "the demo fleet reports over loopback HTTP into the store (acknowledging pending commands)";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of("terminals", "seed", "offline-after", "port", "store"), Set.of());
		int size = args.integer("terminals", 21, 1, 10_000);
		long seed = args.longValue("seed", 1);
		int port = args.integer("port", 0, 0, 65_535);
		Duration offlineAfter = FleetTable.offlineAfter(args);
		FleetMonitor monitor = context.service(FleetMonitor.class);
		FleetSimulator simulator = context.service(FleetSimulator.class);
		PrintStream out = context.out();
		try (FleetStore store = context.service(FleetStores.class).open(args.get("store"), Clock.systemUTC(),
				offlineAfter)) {
			Instant now = store.clock().instant().truncatedTo(ChronoUnit.SECONDS);
			FleetSimulator.Result result;
			try (IngestEndpoint endpoint = monitor.listen(port, store)) {
				List<FleetSimulator.Message> fleet = simulator.fetchCommands(endpoint.uri(),
						simulator.demoFleet(size, seed, now));
				long acks = fleet.stream().mapToLong(m -> m.report().acknowledgedCommands().size()).sum();
				result = simulator.send(endpoint.uri(), fleet);
				out.printf("%d message(s) accepted by %s into %s; %d command(s) acknowledged%n", result.accepted(),
						endpoint.uri(), store.location(), acks);
				result.rejected().forEach(r -> out.println("  rejected " + r));
			}
			FleetStore.Changes swept = store.sweep();
			int open = store.alerts(null, false).size();
			out.printf("%d terminal(s) in the store; %d open alert(s)%s%n", store.terminals().size(), open,
					swept.opened().isEmpty() ? "" : " (" + swept.opened().size() + " raised by the offline sweep)");
			return result.rejected().isEmpty() ? 0 : 1;
		}
	}
}
