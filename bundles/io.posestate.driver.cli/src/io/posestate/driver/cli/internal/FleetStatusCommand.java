package io.posestate.driver.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.driver.ErrorCode;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.FleetTerminal;
import io.posestate.fleet.RemoteCommands;
import io.posestate.fleet.StoredAlert;

/**
 * {@code fleet status}: the fleet status kept in a store: every terminal's latest status, or one terminal's with its
 * alert history and pending commands; {@code --alerts} lists the open alerts. Offline alerts are brought up to date
 * first (raised for terminals silent past the threshold, closed for the others).
 */
@Component(service = Command.class)
public final class FleetStatusCommand implements Command {

	@Override
	public String name() {
		return "fleet status";
	}

	@Override
	public String usage() {
		return "fleet status [--terminal SERIAL] [--alerts] [--offline-after DURATION] [--store URL]";
	}

	@Override
	public String summary() {
		return "terminals' last seen, battery, signal, paper, errors and tamper from the store, and open alerts";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of("terminal", "offline-after", "store"), Set.of("alerts"));
		Duration offlineAfter = FleetTable.offlineAfter(args);
		String serial = args.get("terminal");
		PrintStream out = context.out();
		try (FleetStore store = context.service(FleetStores.class).open(args.get("store"), Clock.systemUTC(),
				offlineAfter)) {
			store.sweep();
			out.printf("fleet status in %s as of %s (offline after %s)%n", store.location(), store.clock().instant(),
					offlineAfter);
			if (serial != null) {
				List<FleetTerminal> matching = store.terminals().stream()
						.filter(t -> t.serialNumber().equals(serial)).toList();
				if (matching.isEmpty()) {
					context.err().println("no status recorded for terminal " + serial + " in " + store.location());
					return 1;
				}
				for (FleetTerminal t : matching) {
					details(out, store, t);
				}
				alerts(out, store.alerts(serial, true), "alert(s), closed ones included");
				return 0;
			}
			List<StoredAlert> open = store.alerts(null, false);
			if (!args.flag("alerts")) {
				List<FleetTerminal> terminals = store.terminals();
				FleetTable.print(out, terminals);
				out.printf("%d terminal(s)%n", terminals.size());
			}
			alerts(out, open, "open alert(s)");
			return 0;
		}
	}

	private static void details(PrintStream out, FleetStore store, FleetTerminal t) {
		out.printf("terminal  %s (%s %s)%n", t.serialNumber(), t.vendorId(), t.modelName().orElse("model not reported"));
		out.printf("last seen %s (received %s; %d message(s))%n", t.lastSeen(), t.lastReceived(), t.messages());
		out.printf("battery   %s%s%n", FleetTable.percent(t.batteryPercent()),
				Boolean.TRUE.equals(t.charging()) ? " (charging)" : "");
		out.printf("signal    %s%n", FleetTable.percent(t.signalPercent()));
		out.printf("paper     %s%n", t.paper());
		out.printf("pairing   %s%n", t.pairing());
		out.printf("firmware  %s%n", t.firmware() == null ? "-" : t.firmware());
		out.printf("tamper    %s%n", t.tampered() ? "YES" : "no");
		out.printf("errors    %s%n", t.errors().isEmpty() ? "none" : "");
		for (ErrorCode e : t.errors()) {
			out.println("  " + e);
		}
		List<RemoteCommands.Issued> pending = store.pending(t.vendorId(), t.serialNumber());
		out.printf("%d pending command(s)%n", pending.size());
		for (RemoteCommands.Issued c : pending) {
			out.printf("  #%d %s issued %s%n", c.command().id(), c.command().type(), c.issuedAt());
		}
	}

	private static void alerts(PrintStream out, List<StoredAlert> alerts, String what) {
		long critical = alerts.stream().filter(a -> a.open()
				&& a.alert().severity() == ErrorCode.Severity.CRITICAL).count();
		out.printf("%n%d %s%s%n", alerts.size(), what, critical == 0 ? "" : ", " + critical + " CRITICAL open");
		alerts.forEach(a -> out.println("  " + a));
	}
}
