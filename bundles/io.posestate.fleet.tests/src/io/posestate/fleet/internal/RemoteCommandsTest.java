package io.posestate.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.posestate.driver.DriverRegistry;
import io.posestate.driver.RemoteCommand;
import io.posestate.driver.RemoteCommand.Type;
import io.posestate.driver.StatusReport;
import io.posestate.driver.TerminalEmulator;
import io.posestate.driver.UnsupportedCommandException;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.IngestEndpoint;
import io.posestate.fleet.RemoteCommands;
import io.posestate.fleet.RemoteCommands.Issued;

/** Commands pending until acknowledged: issued with the driver, fetched by the terminal, acknowledged in a status. */
class RemoteCommandsTest {
	private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

	private BundleContext bc;
	private RemoteCommands commands;
	private FleetMonitor monitor;
	private IngestEndpoint endpoint;

	@BeforeEach
	void start() throws Exception {
		bc = FrameworkUtil.getBundle(RemoteCommandsTest.class).getBundleContext();
		commands = bc.getService(bc.getServiceReference(RemoteCommands.class));
		monitor = bc.getService(bc.getServiceReference(FleetMonitor.class));
		endpoint = monitor.listen(0);
	}

	@AfterEach
	void stop() {
		endpoint.close();
	}

	@Test
	void remoteWhereTheModelCanManualEvidenceWhereItCannot() {
		assertTrue(commands.canSend("pocketpin", "PP-M20", Type.WIPE));
		assertFalse(commands.canSend("pocketpin", "PP-M10", Type.WIPE));
		assertFalse(commands.canSend("ledgerline", "LL-950G", Type.WIPE), "no countertop can be wiped remotely");
		assertTrue(commands.canSend("ledgerline", "LL-950G", Type.LOCK));
		assertFalse(commands.canSend("ledgerline", "LL-900", Type.LOCK));
		assertTrue(commands.canSend("ledgerline", "LL-900", Type.REBOOT));
		assertFalse(commands.canSend("nobody", "X", Type.REBOOT));
		assertThrows(UnsupportedCommandException.class,
				() -> commands.issue("pocketpin", "PPM10-1", "PP-M10", Type.WIPE, null, NOW));
	}

	@Test
	void lockIsPendingUntilTheTerminalAcknowledgesIt() throws Exception {
		String serial = "PPM20-CMD-" + System.nanoTime();
		Issued lock = commands.issue("pocketpin", serial, "PP-M20", Type.LOCK, null, NOW);
		assertTrue(lock.pending());
		DriverRegistry registry = bc.getService(bc.getServiceReference(DriverRegistry.class));
		assertArrayEquals(registry.driver("pocketpin").orElseThrow().encode(lock.command()), lock.encoded(),
				"encoded by the vendor's driver");
		assertEquals(List.of(lock), commands.pending("pocketpin", serial));

		// The terminal fetches it over HTTP, in its vendor's format.
		HttpResponse<byte[]> fetched = get("commands/pocketpin/" + serial);
		assertEquals(200, fetched.statusCode());
		assertArrayEquals(lock.encoded(), fetched.body());
		assertEquals(String.valueOf(lock.command().id()), fetched.headers().firstValue("X-Command-Id").orElseThrow());

		// A status from another terminal acknowledging the same id changes nothing.
		send("PPM20-OTHER", lock.command().id());
		assertTrue(commands.command(lock.command().id()).orElseThrow().pending());

		// The terminal's own status acknowledges it.
		send(serial, lock.command().id());
		Issued done = commands.command(lock.command().id()).orElseThrow();
		assertFalse(done.pending());
		assertEquals(List.of(), commands.pending("pocketpin", serial));
		assertEquals(204, get("commands/pocketpin/" + serial).statusCode());
	}

	private void send(String serial, long ack) throws Exception {
		TerminalEmulator emulator = bc.getServiceReferences(TerminalEmulator.class, "(component.name=*PocketPin*)")
				.stream().map(bc::getService).findFirst().orElseThrow();
		StatusReport status = StatusReport.builder(serial, NOW).model("PP-M20").acknowledged(ack).build();
		HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(endpoint.uri().resolve("status/pocketpin"))
						.POST(HttpRequest.BodyPublishers.ofByteArray(emulator.statusMessage(status))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertEquals(202, r.statusCode());
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.uri().resolve(path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void commandIdsAreFreshAndFitEveryFormat() throws Exception {
		Issued a = commands.issue("ledgerline", "LL-A", "LL-950G", Type.LOCK, null, NOW);
		Issued b = commands.issue("ledgerline", "LL-A", "LL-950G", Type.UNLOCK, null, NOW);
		assertTrue(b.command().id() > a.command().id());
		assertTrue(b.command().id() <= RemoteCommand.MAX_ID);
	}
}
