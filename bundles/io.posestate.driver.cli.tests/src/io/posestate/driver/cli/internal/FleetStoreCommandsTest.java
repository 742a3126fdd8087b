package io.posestate.driver.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.driver.RemoteCommand;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;

/** fleet simulate into an H2 store over loopback HTTP, then fleet status from it. */
class FleetStoreCommandsTest {
	@TempDir
	Path tmp;

	private record Run(int exit, String out, String err) {
	}

	private static Run run(Command command, String... words) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = command.run(List.of(words), new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void simulateIntoTheStoreThenShowStatusAlertsAndOneTerminal() throws Exception {
		String store = tmp.resolve("store").toString();
		Run sim = run(new FleetSimulateCommand(), "--terminals", "7", "--seed", "3", "--store", store);
		assertEquals(0, sim.exit(), sim.err() + sim.out());
		assertTrue(sim.out().startsWith("7 message(s) accepted by http://127.0.0.1:"), sim.out());
		assertTrue(sim.out().contains("7 terminal(s) in the store; "), sim.out());

		Run status = run(new FleetStatusCommand(), "--store", store);
		assertEquals(0, status.exit(), status.err());
		assertTrue(status.out().contains("SIM-PPM10-00003"), status.out());
		assertTrue(status.out().contains("7 terminal(s)"), status.out());
		assertTrue(status.out().contains("CRITICAL TAMPER "), status.out());
		assertTrue(status.out().contains("WARNING OFFLINE "), status.out());
		assertTrue(status.out().contains("1 CRITICAL open"), status.out());

		Run alerts = run(new FleetStatusCommand(), "--store", store, "--alerts");
		assertTrue(!alerts.out().contains("LAST SEEN") && alerts.out().contains("open alert(s)"), alerts.out());

		Run longer = run(new FleetStatusCommand(), "--store", store, "--offline-after", "P2D");
		assertTrue(!longer.out().contains("WARNING OFFLINE "), "a longer threshold closes the offline alerts:\n"
				+ longer.out());

		Run one = run(new FleetStatusCommand(), "--store", store, "--terminal", "SIM-PPM10-00003");
		assertEquals(0, one.exit(), one.err());
		assertTrue(one.out().contains("terminal  SIM-PPM10-00003 (pocketpin PP-M10)"), one.out());
		assertTrue(one.out().contains("0 pending command(s)"), one.out());

		Run none = run(new FleetStatusCommand(), "--store", store, "--terminal", "NOPE-1");
		assertEquals(1, none.exit());
		assertTrue(none.err().contains("no status recorded for terminal NOPE-1"), none.err());
	}

	@Test
	void simulatedTerminalsAcknowledgeTheirPendingCommands() throws Exception {
		String store = tmp.resolve("acks").toString();
		assertEquals(0, run(new FleetSimulateCommand(), "--terminals", "3", "--store", store).exit());
		BundleContext bc = FrameworkUtil.getBundle(FleetStoreCommandsTest.class).getBundleContext();
		FleetStores stores = bc.getService(bc.getServiceReference(FleetStores.class));
		long id;
		try (FleetStore s = stores.open(store)) {
			var t = s.terminals().stream().filter(x -> x.vendorId().equals("pocketpin")).findFirst().orElseThrow();
			id = s.issue(t.vendorId(), t.serialNumber(), t.model(), RemoteCommand.Type.REBOOT, null, "alice")
					.command().id();
			assertEquals(1, s.pending(t.vendorId(), t.serialNumber()).size());
		}
		Run sim = run(new FleetSimulateCommand(), "--terminals", "3", "--store", store);
		assertTrue(sim.out().contains("; 1 command(s) acknowledged"), sim.out());
		try (FleetStore s = stores.open(store)) {
			assertTrue(s.command(id).orElseThrow().acknowledgedAt() != null, "acknowledged through the store");
		}
	}

	@Test
	void sendOffersOnlyWhatTheTerminalsDriverSupports() throws Exception {
		String store = tmp.resolve("send").toString();
		assertEquals(0, run(new FleetSimulateCommand(), "--terminals", "7", "--seed", "3", "--store", store).exit());
		Run wipe = run(new FleetSendCommand(), "--terminal", "SIM-PPM10-00003", "--command", "wipe", "--store", store);
		assertEquals(1, wipe.exit());
		assertTrue(wipe.err().contains("SIM-PPM10-00003 (pocketpin PP-M10) cannot wipe remotely; its driver offers:"
				+ " LOCK, UNLOCK, REBOOT, SCREEN_MESSAGE"), wipe.err());
		Run lock = run(new FleetSendCommand(), "--terminal", "SIM-PPM10-00003", "--command", "LOCK", "--store", store);
		assertEquals(0, lock.exit(), lock.err());
		assertTrue(lock.out().contains("(lock) for SIM-PPM10-00003 is pending until the terminal acknowledges it"),
				lock.out());
		Run one = run(new FleetStatusCommand(), "--store", store, "--terminal", "SIM-PPM10-00003");
		assertTrue(one.out().contains("1 pending command(s)") && one.out().contains(" LOCK issued "), one.out());
		Run unknown = run(new FleetSendCommand(), "--terminal", "NOPE-1", "--command", "LOCK", "--store", store);
		assertEquals(1, unknown.exit());
		assertTrue(unknown.err().contains("no status recorded for terminal NOPE-1"), unknown.err());
	}
}
