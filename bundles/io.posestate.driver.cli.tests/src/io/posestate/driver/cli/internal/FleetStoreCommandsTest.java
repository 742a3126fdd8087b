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

	@Test
	void serveReceivesOverLoopbackHttpIntoTheStoreForAWhile() throws Exception {
		String store = tmp.resolve("serve").toString();
		int port;
		try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		java.util.concurrent.atomic.AtomicReference<Run> served = new java.util.concurrent.atomic.AtomicReference<>();
		Thread server = new Thread(() -> {
			try {
				served.set(run(new FleetServeCommand(), "--port", String.valueOf(port), "--for", "PT6S",
						"--sweep-every", "PT1S", "--offline-after", "PT2S", "--store", store));
			} catch (Exception e) {
				served.set(new Run(-1, "", e.toString()));
			}
		});
		server.start();
		java.net.URI status = java.net.URI.create("http://127.0.0.1:" + port + "/status/ledgerline");
		// a LL-900 reports once; two seconds later the sweep finds it silent and raises its OFFLINE alert
		String line = String.format("ST%-16s%-8s%sM---O0D-3.04.12     %n", "LL9-SERVE-1", "LL-900",
				java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(java.time.ZoneOffset.UTC)
						.format(java.time.Instant.now()));
		java.net.http.HttpResponse<String> reply = null;
		for (int attempt = 0; attempt < 40 && reply == null; attempt++) {
			try {
				reply = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(status)
						.POST(java.net.http.HttpRequest.BodyPublishers.ofString(line)).build(),
						java.net.http.HttpResponse.BodyHandlers.ofString());
			} catch (java.net.ConnectException notYet) {
				Thread.sleep(100);
			}
		}
		assertEquals(202, reply.statusCode(), reply.body());
		server.join(30_000);
		Run r = served.get();
		assertEquals(0, r.exit(), r.err());
		assertTrue(r.out().startsWith("receiving status messages at http://127.0.0.1:" + port + "/status/"), r.out());
		assertTrue(r.out().contains("raised WARNING OFFLINE ledgerline LL9-SERVE-1: silent for 0 h"), r.out());
		assertTrue(r.out().endsWith("stopped\n"), r.out());
		Run status2 = run(new FleetStatusCommand(), "--store", store, "--terminal", "LL9-SERVE-1");
		assertEquals(0, status2.exit(), status2.err());
	}
}
