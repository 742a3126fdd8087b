package io.posestate.driver.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.IngestEndpoint;
import io.posestate.fleet.StoredAlert;

/**
 * {@code fleet serve}: receives terminals' status messages over loopback HTTP into the store until stopped (or for
 * {@code --for}), and sweeps for silent terminals every {@code --sweep-every}, printing the alerts it raises.
 */
@Component(service = Command.class)
public final class FleetServeCommand implements Command {

	@Override
	public String name() {
		return "fleet serve";
	}

	@Override
	public String usage() {
		return "fleet serve [--port P] [--offline-after DURATION] [--sweep-every DURATION] [--for DURATION]"
				+ " [--store URL]";
	}

	@Override
	public String summary() {
		return "receive terminals' status over loopback HTTP into the store; raise offline alerts as time passes";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of("port", "offline-after", "sweep-every", "for", "store"), Set.of());
		int port = args.integer("port", 0, 0, 65_535);
		Duration offlineAfter = FleetTable.offlineAfter(args);
		Duration sweepEvery = FleetTable.duration("sweep-every", args.get("sweep-every", "PT1M"));
		Duration lasting = args.get("for") == null ? null : FleetTable.duration("for", args.get("for"));
		PrintStream out = context.out();
		ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor();
		try (FleetStore store = context.service(FleetStores.class).open(args.get("store"), Clock.systemUTC(),
				offlineAfter); IngestEndpoint endpoint = context.service(FleetMonitor.class).listen(port, store)) {
			out.printf("receiving status messages at %sstatus/<vendor-id> into %s (offline after %s)%n",
					endpoint.uri(), store.location(), offlineAfter);
			out.flush();
			sweeper.scheduleWithFixedDelay(() -> sweep(store, out), 0, sweepEvery.toMillis(), TimeUnit.MILLISECONDS);
			CountDownLatch stop = new CountDownLatch(1);
			Thread hook = new Thread(stop::countDown, "fleet serve stop");
			Runtime.getRuntime().addShutdownHook(hook);
			try {
				if (lasting == null) {
					stop.await();
				} else {
					stop.await(lasting.toMillis(), TimeUnit.MILLISECONDS);
				}
			} finally {
				try {
					Runtime.getRuntime().removeShutdownHook(hook);
				} catch (IllegalStateException shuttingDown) {
					// the JVM is stopping: the hook already ran
				}
			}
		} finally {
			sweeper.shutdownNow();
			sweeper.awaitTermination(10, TimeUnit.SECONDS);
		}
		out.println("stopped");
		return 0;
	}

	private static void sweep(FleetStore store, PrintStream out) {
		try {
			FleetStore.Changes changes = store.sweep();
			for (StoredAlert a : changes.opened()) {
				out.println("raised " + a);
			}
			for (StoredAlert a : changes.closed()) {
				out.println("closed " + a);
			}
		} catch (RuntimeException e) {
			out.println("offline sweep failed: " + e.getMessage());
		}
	}
}
