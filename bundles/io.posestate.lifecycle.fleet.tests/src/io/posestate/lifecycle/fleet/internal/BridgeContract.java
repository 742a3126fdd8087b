package io.posestate.lifecycle.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.posestate.driver.DriverRegistry;
import io.posestate.driver.StatusReport;
import io.posestate.driver.TerminalDriver;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetSimulator;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.IngestEndpoint;
import io.posestate.lifecycle.DeviceCommands;
import io.posestate.lifecycle.DeviceCommands.Action;
import io.posestate.lifecycle.EvidenceRef;
import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.LifecycleFactory;
import io.posestate.lifecycle.OpenRequest;
import io.posestate.lifecycle.Role;
import io.posestate.lifecycle.StepInput;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.lifecycle.model.StepStatus;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryFactory;

/**
 * S3 lock and wipe through the drivers' remote commands, on a real store, with terminals acknowledging over
 * loopback HTTP; and what the lifecycle offers as the driver and bridge bundles are uninstalled and installed.
 */
abstract class BridgeContract {
	static final String SUPERVISOR = "sue";
	static final String ANALYST = "alice";
	/** PP-M20: remote lock and wipe; PP-M10: remote lock only; LL-900: neither. */
	static final String TERMINALS = "serial_number,vendor,model,connection,firmware,merchant_no,state,"
			+ "deployed_region,activated_at\n"
			+ "PPM20-0001,pocketpin,PP-M20,BLUETOOTH,1.0.0,,IN_STOCK,,\n"
			+ "PPM10-0001,pocketpin,PP-M10,BLUETOOTH,1.0.0,,IN_STOCK,,\n"
			+ "LL900-0001,ledgerline,LL-900,ETHERNET,3.04.12,,IN_STOCK,,\n";

	@TempDir
	Path tmp;
	BundleContext bc;
	String location;
	EstateRegistry registry;
	Lifecycle lifecycle;
	FleetStore fleet;

	abstract String newLocation() throws Exception;

	@BeforeEach
	void open() throws Exception {
		bc = FrameworkUtil.getBundle(BridgeContract.class).getBundleContext();
		for (Bundle b : bc.getBundles()) {
			// our DS bundles are lazy: start them as the product does
			if (b.getSymbolicName().startsWith("io.posestate.") && b.getHeaders().get("Fragment-Host") == null
					&& b.getState() == Bundle.RESOLVED) {
				b.start(Bundle.START_ACTIVATION_POLICY);
			}
		}
		location = newLocation();
		Path estate = Files.createDirectories(tmp.resolve("estate"));
		Files.writeString(estate.resolve("terminals.csv"), TERMINALS);
		registry = service(RegistryFactory.class).open(location);
		registry.importDirectory(estate, "importer");
		assertEquals(3, registry.summary().terminals(), "the three terminals imported");
		lifecycle = service(LifecycleFactory.class).open(location);
		lifecycle.grantRole(SUPERVISOR, SUPERVISOR, Role.SUPERVISOR);
		lifecycle.grantRole(SUPERVISOR, ANALYST, Role.ANALYST);
		fleet = service(FleetStores.class).open(location);
	}

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable c : new AutoCloseable[] { fleet, lifecycle, registry }) {
			if (c != null) {
				c.close();
			}
		}
	}

	@Test
	void lockAndWipeArePendingUntilTheTerminalAcknowledgesOverHttp() throws Exception {
		Case k = lifecycle.open(ANALYST, s3("PPM20-0001"));
		assertEquals(List.of("RECORD_REASON", "LOCK", "DATA_BACKUP", "WIPE", "DEACTIVATION_REQUEST",
				"ACQUIRER_APPROVAL", "DEVICE_RETURNED", "DEACTIVATION_CONFIRMED", "STAKEHOLDERS_NOTIFIED"), kinds(k));
		assertEquals("LOCK, WIPE by the pocketpin driver for PP-M20", value(k, "remote_commands"));
		assertTrue(step(k, "WIPE").getTitle().startsWith("Wipe the device remotely"), step(k, "WIPE").getTitle());
		k = record(k, "RECORD_REASON", StepInput.of("display broken", null, null));

		k = record(k, "LOCK", none());
		assertEquals(StepStatus.PENDING, step(k, "LOCK").getStatus(), "sent, not yet acknowledged");
		long lock = Long.parseLong(value(k, "lock_command"));
		assertEquals(List.of(lock), fleet.pending("pocketpin", "PPM20-0001").stream().map(i -> i.command().id())
				.toList(), "the command waits in the store for the terminal");
		Case pending = k;
		LifecycleException e = assertThrows(LifecycleException.class, () -> record(pending, "LOCK", none()));
		assertTrue(e.getMessage().contains("LOCK is PENDING: pocketpin driver, command " + lock + " (lock) sent at"),
				e.getMessage());
		assertThrows(LifecycleException.class, () -> record(pending, "DATA_BACKUP", none()),
				"later steps wait for it");

		terminalReports("PPM20-0001", "PP-M20");
		k = record(k, "LOCK", none());
		assertEquals(StepStatus.DONE, step(k, "LOCK").getStatus());
		assertTrue(step(k, "LOCK").getEvidence().get(0).getReference().startsWith("remote command " + lock
				+ " acknowledged by PPM20-0001 at "), "the acknowledgement is the evidence");

		k = record(k, "DATA_BACKUP", StepInput.of(null, List.of(EvidenceRef.of("DATA_BACKUP", "BK-1")), null));
		k = record(k, "WIPE", none());
		assertEquals(StepStatus.PENDING, step(k, "WIPE").getStatus());
		terminalReports("PPM20-0001", "PP-M20");
		k = record(k, "WIPE", none());
		assertEquals(StepStatus.AWAITING_APPROVAL, step(k, "WIPE").getStatus(), "a second person still approves");
		k = lifecycle.approve(k.getId(), k.getVersion(), "WIPE", SUPERVISOR, true, "wipe acknowledged");
		assertEquals(StepStatus.DONE, step(k, "WIPE").getStatus());
		assertTrue(lifecycle.verifyAudit().problems().isEmpty(), lifecycle.verifyAudit().toString());
		assertTrue(lifecycle.auditTrail("case:" + k.getId()).stream()
				.anyMatch(a -> a.action().equals("STEP 4 WIPE SENT")), "sending is in the audit trail");
	}

	@Test
	void modelsWithoutRemoteWipeAskForManualEvidence() throws Exception {
		Case k = lifecycle.open(ANALYST, s3("PPM10-0001"));
		assertEquals("LOCK by the pocketpin driver for PP-M10", value(k, "remote_commands"));
		k = record(k, "RECORD_REASON", StepInput.of("lost", null, null));
		k = record(k, "LOCK", StepInput.of(null, List.of(EvidenceRef.of("LOCK_CONFIRMATION", "called merchant")),
				null));
		assertEquals(StepStatus.DONE, step(k, "LOCK").getStatus(), "evidence by hand is always accepted");
		k = record(k, "DATA_BACKUP", StepInput.of(null, List.of(EvidenceRef.of("DATA_BACKUP", "BK-2")), null));
		Case beforeWipe = k;
		LifecycleException e = assertThrows(LifecycleException.class, () -> record(beforeWipe, "WIPE", none()));
		assertTrue(e.getMessage().contains("missing evidence WIPE_CONFIRMATION"), e.getMessage());
		assertEquals(List.of(), fleet.pending("pocketpin", "PPM10-0001"), "nothing was sent");

		Case counter = lifecycle.open(ANALYST, s3("LL900-0001"));
		assertFalse(kinds(counter).contains("LOCK"), "no remote lock: no lock step");
		assertEquals("none: lock and wipe need manual evidence", value(counter, "remote_commands"));
	}

	@Test
	void uninstallingTheDriverOrTheBridgeChangesWhatTheLifecycleOffers() throws Exception {
		DriverRegistry drivers = service(DriverRegistry.class);
		DeviceCommands remote = service(DeviceCommands.class);
		assertTrue(remote.supports("pocketpin", "PP-M20", Action.WIPE));
		Bundle driver = bundle("io.posestate.driver.btmpos");
		String driverLocation = installable(driver.getLocation());
		driver.uninstall();
		try {
			assertTrue(drivers.driver("pocketpin").isEmpty(), "the registry lost the vendor");
			assertFalse(drivers.drivers().stream().map(TerminalDriver::vendorId).toList().contains("pocketpin"));
			assertFalse(remote.supports("pocketpin", "PP-M20", Action.WIPE));
			Case manual = lifecycle.open(ANALYST, s3("PPM20-0001"));
			assertFalse(kinds(manual).contains("LOCK"));
			assertEquals("none: lock and wipe need manual evidence", value(manual, "remote_commands"));
			lifecycle.cancel(manual.getId(), manual.getVersion(), ANALYST, "test: driver removed");
		} finally {
			Bundle back = bc.installBundle(driverLocation);
			back.start();
		}
		assertTrue(drivers.model("pocketpin", "PP-M20").isPresent(), "installed again: the model is back");
		Case again = lifecycle.open(ANALYST, s3("PPM20-0001"));
		assertTrue(kinds(again).contains("LOCK"));
		lifecycle.cancel(again.getId(), again.getVersion(), ANALYST, "test: driver back");

		// Without the bridge (or the fleet) the lifecycle has no remote commands at all.
		Bundle bridge = bundle("io.posestate.lifecycle.fleet");
		bridge.stop();
		try {
			Case none = lifecycle.open(ANALYST, s3("PPM20-0001"));
			assertEquals("none: lock and wipe need manual evidence", value(none, "remote_commands"));
			lifecycle.cancel(none.getId(), none.getVersion(), ANALYST, "test: bridge stopped");
		} finally {
			bridge.start();
		}
	}

	// ------------------------------------------------------------------ helpers

	/** The terminal fetches its oldest pending command over loopback HTTP and acknowledges it in a status. */
	private void terminalReports(String serial, String model) throws Exception {
		FleetMonitor monitor = service(FleetMonitor.class);
		FleetSimulator simulator = service(FleetSimulator.class);
		try (IngestEndpoint endpoint = monitor.listen(0, fleet)) {
			List<FleetSimulator.Message> messages = simulator.fetchCommands(endpoint.uri(), List.of(
					new FleetSimulator.Message("pocketpin", StatusReport.builder(serial, Instant.now()
							.truncatedTo(ChronoUnit.SECONDS)).model(model).build())));
			assertEquals(1, messages.get(0).report().acknowledgedCommands().size(), "a command was fetched");
			FleetSimulator.Result result = simulator.send(endpoint.uri(), messages);
			assertEquals(List.of(), result.rejected());
		}
	}

	private static OpenRequest s3(String serial) {
		return new OpenRequest(Scenario.S3, serial, null, "DEVICE_FAULT", null, null, Map.of());
	}

	private Case record(Case k, String kind, StepInput input) {
		return lifecycle.step(k.getId(), k.getVersion(), kind, ANALYST, input);
	}

	private static StepInput none() {
		return StepInput.of(null, null, null);
	}

	private static List<String> kinds(Case k) {
		return k.getSteps().stream().map(Step::getKind).toList();
	}

	private static Step step(Case k, String kind) {
		return k.getSteps().stream().filter(s -> s.getKind().equals(kind)).findFirst().orElseThrow();
	}

	private static String value(Case k, String name) {
		return k.getValues().stream().filter(v -> v.getName().equals(name)).map(v -> v.getValue()).findFirst()
				.orElse(null);
	}

	/**
	 * Where to install a bundle from again: the test runtime installed it as {@code initial@reference:file:PATH},
	 * PATH relative to the install area.
	 */
	private String installable(String location) throws Exception {
		String l = location.startsWith("initial@") ? location.substring("initial@".length()) : location;
		String prefix = "reference:file:";
		if (l.startsWith(prefix) && !l.startsWith(prefix + "/")) {
			java.net.URI area = new java.net.URI(bc.getProperty("osgi.install.area").replace(" ", "%20"));
			l = prefix + java.nio.file.Path.of(area).resolve(l.substring(prefix.length())).normalize();
		}
		return l;
	}

	private Bundle bundle(String name) {
		for (Bundle b : bc.getBundles()) {
			if (b.getSymbolicName().equals(name)) {
				return b;
			}
		}
		throw new AssertionError("bundle " + name + " is not installed");
	}

	private <S> S service(Class<S> type) throws Exception {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(bc, type, null);
		tracker.open();
		S s = tracker.waitForService(10_000);
		assertNotNull(s, "no " + type.getSimpleName() + " service");
		return s;
	}
}
