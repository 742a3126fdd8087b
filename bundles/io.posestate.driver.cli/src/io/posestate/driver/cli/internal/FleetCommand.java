package io.posestate.driver.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.fleet.FleetAlert;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetSimulator;
import io.posestate.fleet.IngestEndpoint;

/**
 * {@code fleet-sim}: runs the fleet simulator against a loopback HTTP ingest endpoint and prints what the monitor
 * made of it: each terminal's latest status and the alerts.
 */
@Component(service = Command.class)
public final class FleetCommand implements Command {

	@Override
	public String name() {
		return "fleet-sim";
	}

	@Override
	public String usage() {
		return "fleet-sim [--terminals N] [--seed S] [--offline-after DURATION] [--port P]";
	}

	@Override
	public String summary() {
		return "simulate a demo fleet sending status over loopback HTTP; show last seen, battery, errors and alerts";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of("terminals", "seed", "offline-after", "port"), Set.of());
		int size = args.integer("terminals", 21, 1, 10_000);
		long seed = args.longValue("seed", 1);
		int port = args.integer("port", 0, 0, 65_535);
		Duration offlineAfter = FleetTable.offlineAfter(args);

		FleetMonitor monitor = context.service(FleetMonitor.class);
		FleetSimulator simulator = context.service(FleetSimulator.class);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		PrintStream out = context.out();
		monitor.clear();
		try (IngestEndpoint endpoint = monitor.listen(port)) {
			FleetSimulator.Result result = simulator.send(endpoint.uri(), simulator.demoFleet(size, seed, now));
			out.printf("%d message(s) accepted by %s%n", result.accepted(), endpoint.uri());
			result.rejected().forEach(r -> out.println("  rejected " + r));
		}
		out.println();
		FleetTable.print(out, monitor.terminals().stream().map(FleetTable::of).toList());
		List<FleetAlert> alerts = monitor.alerts(now, offlineAfter);
		out.printf("%n%d alert(s) (offline after %s):%n", alerts.size(), offlineAfter);
		alerts.forEach(a -> out.println("  " + a));
		return 0;
	}
}
