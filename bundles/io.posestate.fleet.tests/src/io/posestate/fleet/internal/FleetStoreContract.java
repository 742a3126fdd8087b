package io.posestate.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.posestate.driver.ErrorCode.Severity;
import io.posestate.driver.RemoteCommand.Type;
import io.posestate.driver.StatusReport;
import io.posestate.driver.TerminalEmulator;
import io.posestate.fleet.FleetAlert.Kind;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetSimulator;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.FleetTerminal;
import io.posestate.fleet.IngestEndpoint;
import io.posestate.fleet.RemoteCommands.Issued;
import io.posestate.fleet.StoredAlert;
import io.posestate.store.Store;
import io.posestate.store.StoreLocation;

/**
 * Fleet status in a real store, fed over loopback HTTP: batched, idempotent on re-delivery, alerts raised and
 * closed as a hand-moved clock passes the offline threshold and tamper comes and goes.
 */
abstract class FleetStoreContract {
	static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");

	private final List<AutoCloseable> open = new ArrayList<>();
	private BundleContext bc;
	FleetStores stores;
	FleetMonitor monitor;
	TestClock clock;
	FleetStore store;
	String location;

	/** @return a location (folder or JDBC URL) of a new, empty store */
	abstract String newLocation() throws Exception;

	/** Replaces the (closed) store at {@link #location} with a new, empty database at the same location. */
	abstract void recreate() throws Exception;

	@BeforeEach
	void openStore() throws Exception {
		bc = FrameworkUtil.getBundle(FleetStoreContract.class).getBundleContext();
		stores = bc.getService(bc.getServiceReference(FleetStores.class));
		monitor = bc.getService(bc.getServiceReference(FleetMonitor.class));
		clock = new TestClock(T0);
		location = newLocation();
		store = stores.open(location, clock, FleetMonitor.DEFAULT_OFFLINE_AFTER);
		open.add(store);
	}

	@AfterEach
	void closeAll() throws Exception {
		for (AutoCloseable c : open) {
			c.close();
		}
		open.clear();
	}

	@Test
	void demoFleetOverHttpIntoTheStoreOnceEvenWhenDeliveredTwice() throws Exception {
		FleetSimulator simulator = bc.getService(bc.getServiceReference(FleetSimulator.class));
		List<FleetSimulator.Message> fleet = simulator.demoFleet(21, 42, T0);
		try (IngestEndpoint endpoint = monitor.listen(0, store)) {
			FleetSimulator.Result result = simulator.send(endpoint.uri(), fleet);
			assertEquals(List.of(), result.rejected());
			assertEquals(21, result.accepted());
			// Re-delivery: accepted again, recorded once.
			assertEquals(21, simulator.send(endpoint.uri(), fleet).accepted());
		}
		List<FleetTerminal> terminals = store.terminals();
		assertEquals(21, terminals.size());
		assertTrue(terminals.stream().allMatch(t -> t.messages() == 1), "re-delivered messages are not counted");
		assertEquals(21, count("SELECT COUNT(*) FROM fleet_message"));
		for (FleetSimulator.Message m : fleet) {
			StatusReport sent = m.report();
			FleetTerminal t = store.terminal(m.vendorId(), sent.serialNumber()).orElseThrow();
			assertEquals(sent.timestamp(), t.lastSeen());
			assertEquals(T0, t.lastReceived());
			assertEquals(sent.model().orElseThrow(), t.model());
			assertEquals(sent.batteryPercent().isPresent() ? sent.batteryPercent().getAsInt() : null,
					t.batteryPercent(), sent.serialNumber());
			assertEquals(sent.paper(), t.paper());
			assertEquals(sent.tampered(), t.tampered());
			assertEquals(sent.firmware().orElse(null), t.firmware());
			assertEquals(sent.errors(), t.errors());
		}
		List<StoredAlert> alerts = store.alerts(null, false);
		StoredAlert first = alerts.get(0);
		assertEquals(Kind.TAMPER, first.alert().kind(), alerts.toString());
		assertEquals(Severity.CRITICAL, first.alert().severity());
		assertEquals(fleet.get(3).report().serialNumber(), first.alert().serialNumber());
		assertEquals(T0, first.openedAt());
		assertEquals(List.of(6, 13, 20).stream().map(i -> fleet.get(i).report().serialNumber()).sorted().toList(),
				alerts.stream().filter(a -> a.alert().kind() == Kind.OFFLINE).map(a -> a.alert().serialNumber())
						.sorted().toList());
		long all = count("SELECT COUNT(*) FROM fleet_alert");
		assertEquals(alerts.size(), all, "re-delivery raised no second alert");
		assertEquals(0, store.sweep().opened().size(), "one open alert per terminal and kind");
	}

	@Test
	void offlineAfterTheThresholdAndClosedWhenTheTerminalReportsAgain() throws Exception {
		record(status("LL9-OFF-1", T0, false));
		clock.advance(Duration.ofHours(23));
		assertEquals(List.of(), store.sweep().opened());
		clock.advance(Duration.ofHours(2));
		FleetStore.Changes swept = store.sweep();
		assertEquals(1, swept.opened().size());
		StoredAlert offline = swept.opened().get(0);
		assertEquals(Kind.OFFLINE, offline.alert().kind());
		assertEquals(T0.plus(Duration.ofHours(25)), offline.openedAt(), "the alert carries the time it was raised");
		assertEquals("silent for 25 h (last seen 2026-11-21T12:00:00Z; threshold 24 h)", offline.alert().message());
		clock.advance(Duration.ofHours(1));
		assertEquals(List.of(), store.sweep().opened(), "still one open OFFLINE alert");

		record(status("LL9-OFF-1", clock.instant(), false));
		StoredAlert closed = store.alerts("LL9-OFF-1", true).get(0);
		assertEquals(offline.id(), closed.id());
		assertEquals(clock.instant(), closed.closedAt(), "closed when the terminal reported again");
		assertEquals(List.of(), store.alerts("LL9-OFF-1", false));

		clock.advance(Duration.ofHours(30));
		assertEquals(1, store.sweep().opened().size(), "silent again: a new alert");
		assertEquals(2, store.alerts("LL9-OFF-1", true).size());
		assertEquals(1, store.alerts("LL9-OFF-1", false).size());
	}

	@Test
	void offlineThresholdIsConfigurable() throws Exception {
		try (FleetStore hourly = stores.open(location, clock, Duration.ofHours(1))) {
			hourly.record(List.of(status("LL9-H-1", T0, false)));
			clock.advance(Duration.ofMinutes(61));
			assertEquals(List.of("LL9-H-1"), hourly.sweep().opened().stream().map(a -> a.alert().serialNumber())
					.toList());
		}
	}

	@Test
	void tamperRaisesOneCriticalAlertClosedWhenCleared() throws Exception {
		FleetStore.Changes first = record(status("LL9-TAMP-1", T0, true));
		assertEquals(List.of(Kind.TAMPER), first.opened().stream().map(a -> a.alert().kind()).toList());
		assertEquals(Severity.CRITICAL, first.opened().get(0).alert().severity());
		clock.advance(Duration.ofMinutes(5));
		assertEquals(List.of(), record(status("LL9-TAMP-1", clock.instant(), true)).opened(), "one open per kind");
		clock.advance(Duration.ofMinutes(5));
		FleetStore.Changes cleared = record(status("LL9-TAMP-1", clock.instant(), false));
		assertEquals(1, cleared.closed().size());
		assertEquals(clock.instant(), cleared.closed().get(0).closedAt());
		// A late tampered message does not replace the newer clean status.
		record(status("LL9-TAMP-1", T0.plusSeconds(1), true));
		assertEquals(List.of(), store.alerts("LL9-TAMP-1", false));
		FleetTerminal t = store.terminal("LEDGERLINE", "LL9-TAMP-1").orElseThrow();
		assertEquals(4, t.messages());
		assertEquals(clock.instant(), t.lastSeen());
	}

	@Test
	void concurrentMessagesAreWrittenInBatches() throws Exception {
		TerminalEmulator ledgerline = emulator("ledgerline");
		List<FleetStore.Received> messages = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			StatusReport r = StatusReport.builder(String.format("LL9-B-%04d", i), T0).model("LL-900")
					.firmware("3.04.12").build();
			messages.add(received(ledgerline, r));
		}
		try (BatchWriter writer = new BatchWriter(store)) {
			List<CompletableFuture<Void>> done = messages.stream().map(writer::submit).toList();
			CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
			assertTrue(writer.batches() < messages.size(), writer.batches() + " transactions for 200 messages");
		}
		assertEquals(200, store.terminals().size());
	}

	@Test
	void commandsArePendingInTheStoreUntilTheTerminalAcknowledgesOverHttp() throws Exception {
		Issued wipe = store.issue("pocketpin", "PPM20-S-1", "PP-M20", Type.WIPE, null, "alice");
		assertTrue(wipe.pending());
		assertEquals(List.of(wipe.command()), store.pending("POCKETPIN", "PPM20-S-1").stream()
				.map(Issued::command).toList());
		try (IngestEndpoint endpoint = monitor.listen(0, store)) {
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<byte[]> fetched = http.send(HttpRequest.newBuilder(endpoint.uri()
					.resolve("commands/pocketpin/PPM20-S-1")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			assertEquals(200, fetched.statusCode());
			assertArrayEquals(wipe.encoded(), fetched.body());
			assertEquals(Long.toString(wipe.command().id()), fetched.headers().firstValue("X-Command-Id").orElseThrow());

			clock.advance(Duration.ofMinutes(3));
			StatusReport ack = StatusReport.builder("PPM20-S-1", clock.instant()).model("PP-M20")
					.acknowledged(wipe.command().id()).build();
			HttpResponse<String> posted = http.send(HttpRequest.newBuilder(endpoint.uri().resolve("status/pocketpin"))
					.POST(HttpRequest.BodyPublishers.ofByteArray(emulator("pocketpin").statusMessage(ack))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(202, posted.statusCode(), posted.body());
			assertEquals(204, http.send(HttpRequest.newBuilder(endpoint.uri().resolve("commands/pocketpin/PPM20-S-1"))
					.GET().build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode());
		}
		Issued acknowledged = store.command(wipe.command().id()).orElseThrow();
		assertEquals(clock.instant(), acknowledged.acknowledgedAt());
		assertEquals(List.of(), store.pending("pocketpin", "PPM20-S-1"));
		Issued next = store.issue("pocketpin", "PPM20-S-1", "PP-M20", Type.LOCK, null, "alice");
		assertEquals(wipe.command().id() + 1, next.command().id());
		assertNull(next.acknowledgedAt());
	}

	@Test
	void theStoreKeepsWhatWasRecordedAcrossReopening() throws Exception {
		record(status("LL9-KEEP-1", T0, true));
		store.close();
		open.remove(store);
		store = stores.open(location, clock, FleetMonitor.DEFAULT_OFFLINE_AFTER);
		open.add(store);
		assertNotNull(store.terminal("ledgerline", "LL9-KEEP-1").orElse(null));
		assertEquals(1, store.alerts("LL9-KEEP-1", false).size());
	}

	@Test
	void twoProcessesIssuingCommandsAtOnceGetDistinctIds() throws Exception {
		int each = 25;
		// another open of the location: its own connection pool, as a second process would have
		try (FleetStore other = stores.open(location, clock, FleetMonitor.DEFAULT_OFFLINE_AFTER)) {
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				List<Future<List<Long>>> runs = new ArrayList<>();
				for (FleetStore s : List.of(store, other)) {
					runs.add(threads.submit(() -> {
						start.await();
						List<Long> ids = new ArrayList<>();
						for (int i = 0; i < each; i++) {
							ids.add(s.issue("pocketpin", "PPM20-C-1", "PP-M20", Type.REBOOT, null, "alice").command()
									.id());
						}
						return ids;
					}));
				}
				start.countDown();
				Set<Long> ids = new HashSet<>();
				for (Future<List<Long>> run : runs) {
					ids.addAll(run.get(2, TimeUnit.MINUTES));
				}
				assertEquals(2 * each, ids.size(), "every command got an id of its own");
			} finally {
				threads.shutdownNow();
			}
		}
		List<Issued> pending = store.pending("pocketpin", "PPM20-C-1");
		assertEquals(2 * each, pending.size());
		assertEquals(2 * each, pending.stream().map(i -> i.command().id()).distinct().count());
	}

	@Test
	void theFleetAreaIsMigratedOncePerLocationAndAgainWhenTheStoreIsRecreated() throws Exception {
		FleetStoresImpl impl = (FleetStoresImpl) stores;
		long runs = impl.flywayRuns.sum();
		Issued first = store.issue("pocketpin", "PPM20-M-1", "PP-M20", Type.LOCK, null, "alice");
		try (FleetStore again = stores.open(location, clock, FleetMonitor.DEFAULT_OFFLINE_AFTER);
				Store opened = Store.open(StoreLocation.parse(location))) {
			try (FleetStore onOpenStore = stores.open(opened)) {
				assertEquals(first.command(), again.command(first.command().id()).orElseThrow().command());
				assertEquals(first.command(), onOpenStore.command(first.command().id()).orElseThrow().command());
			}
			assertEquals(1, opened.read(c -> {
				try (Statement st = c.createStatement();
						ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM fleet_command")) {
					rs.next();
					return rs.getLong(1);
				}
			}), "closing a fleet store on an open store leaves that store open");
		}
		assertEquals(runs, impl.flywayRuns.sum(), "opened again in this process: no Flyway run");

		closeAll();
		recreate();
		store = stores.open(location, clock, FleetMonitor.DEFAULT_OFFLINE_AFTER);
		open.add(store);
		assertEquals(runs + 1, impl.flywayRuns.sum(), "a new database at the location is migrated");
		assertEquals(List.of(), store.terminals());
		assertEquals(1, store.issue("pocketpin", "PPM20-M-1", "PP-M20", Type.LOCK, null, "bob").command().id());
	}

	@Test
	void commandIdsContinueAfterThoseIssuedBeforeTheSequence(@TempDir Path temp) throws Exception {
		closeAll();
		recreate();
		// the store as the fleet bundle's first release left it: only V1, with commands 1, 2 and 7
		Bundle v1 = bc.installBundle(temp.toUri().toString(), firstReleaseMigrations(temp.resolve("v1.jar")));
		try (Store s = Store.open(StoreLocation.parse(location))) {
			assertEquals("1", s.migrateArea("fleet", v1.loadClass(TestClock.class.getName())));
			s.inTransaction(c -> {
				for (long id : new long[] { 1, 2, 7 }) {
					try (PreparedStatement ps = c.prepareStatement("INSERT INTO fleet_command (id, vendor_id,"
							+ " serial_number, model, command, encoded, issued_at, issued_by)"
							+ " VALUES (?, 'pocketpin', 'PPM20-U-1', 'PP-M20', 'LOCK', ?, ?, 'alice')")) {
						ps.setLong(1, id);
						ps.setBytes(2, new byte[] { 1 });
						ps.setObject(3, T0.atOffset(ZoneOffset.UTC));
						ps.executeUpdate();
					}
				}
				return null;
			});
		} finally {
			v1.uninstall();
		}
		store = stores.open(location, clock, FleetMonitor.DEFAULT_OFFLINE_AFTER);
		open.add(store);
		assertEquals(8, store.issue("pocketpin", "PPM20-U-1", "PP-M20", Type.WIPE, null, "bob").command().id());
		assertEquals(List.of(1L, 2L, 7L, 8L), store.pending("pocketpin", "PPM20-U-1").stream()
				.map(i -> i.command().id()).toList());
	}

	/** A bundle with nothing but the fleet area's V1 migration (and a class to name it by). */
	private static java.io.InputStream firstReleaseMigrations(Path jar) throws Exception {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
		manifest.getMainAttributes().putValue("Bundle-SymbolicName", "io.posestate.fleet.tests.v1");
		Bundle fleet = FrameworkUtil.getBundle(FleetStoresImpl.class);
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
			String clock = TestClock.class.getName().replace('.', '/') + ".class";
			for (String name : List.of("db/fleet/V1__fleet.sql", clock)) {
				out.putNextEntry(new JarEntry(name));
				try (java.io.InputStream in = name.equals(clock) ? TestClock.class.getClassLoader()
						.getResourceAsStream(clock) : fleet.getEntry(name).openStream()) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return Files.newInputStream(jar);
	}

	// ------------------------------------------------------------------ helpers

	private FleetStore.Changes record(FleetStore.Received r) {
		return store.record(List.of(r));
	}

	/** A LL-900 fixed-width status line, as the countertop terminal sends it, decoded by its driver. */
	private FleetStore.Received status(String serial, Instant at, boolean tampered) throws Exception {
		byte[] bytes = emulator("ledgerline").statusMessage(StatusReport.builder(serial, at).model("LL-900")
				.firmware("3.04.12").tampered(tampered).build());
		StatusReport report = bc.getService(bc.getServiceReference(io.posestate.driver.DriverRegistry.class))
				.driver("ledgerline").orElseThrow().decode(bytes);
		assertEquals(tampered, report.tampered());
		return new FleetStore.Received("ledgerline", bytes, report, clock.instant());
	}

	private FleetStore.Received received(TerminalEmulator emulator, StatusReport r) {
		return new FleetStore.Received(emulator.vendorId(), emulator.statusMessage(r), r, clock.instant());
	}

	private TerminalEmulator emulator(String vendor) throws Exception {
		return bc.getServiceReferences(TerminalEmulator.class, null).stream().map(bc::getService)
				.filter(e -> e.vendorId().equals(vendor)).findFirst().orElseThrow();
	}

	private long count(String sql) {
		try (Store s = Store.open(StoreLocation.parse(location))) {
			return s.read(c -> {
				try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
					rs.next();
					return rs.getLong(1);
				}
			});
		}
	}

}
