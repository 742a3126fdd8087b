package io.posestate.driver.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

import io.posestate.driver.DiagnosisStep;
import io.posestate.driver.DriverRegistry;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.ModelInfo;
import io.posestate.driver.RemoteCommand;
import io.posestate.driver.StatusReport;
import io.posestate.driver.TerminalDriver;
import io.posestate.driver.TerminalEmulator;
import io.posestate.driver.UnsupportedCommandException;
import io.posestate.driver.support.AbstractTerminalDriver;
import io.posestate.model.Capability;
import io.posestate.model.ConnectionType;

/** The registry inside OSGi with the three vendor driver bundles, as they are installed, stopped and removed. */
class DriverRegistryTest {
	private static final String COUNTERTOP = "io.posestate.driver.countertop";

	private BundleContext context;
	private DriverRegistry registry;

	@BeforeEach
	void findRegistry() throws InterruptedException {
		context = FrameworkUtil.getBundle(DriverRegistryTest.class).getBundleContext();
		ServiceReference<DriverRegistry> ref = context.getServiceReference(DriverRegistry.class);
		assertNotNull(ref, "no DriverRegistry service: is Felix SCR running?");
		registry = context.getService(ref);
		awaitTrue(() -> registry.drivers().size() == 3, "three drivers registered");
	}

	private List<String> vendors() {
		return registry.drivers().stream().map(TerminalDriver::vendorId).toList();
	}

	@Test
	void findsTheInstalledDrivers() {
		assertEquals(List.of("acme-smart", "ledgerline", "pocketpin"), vendors());
		assertTrue(registry.driverFor("ACME-SMART", "as-600").isPresent(), "vendor and model match ignoring case");
		assertTrue(registry.driverFor("acme-smart", "AS-999").isEmpty());
		assertTrue(registry.driver("nobody").isEmpty());
		assertTrue(registry.driver(null).isEmpty());
		assertEquals(Set.of(Capability.PIN_PAD, Capability.BLUETOOTH, Capability.SIGNATURE_CAPTURE,
				Capability.REMOTE_LOCK), registry.capabilities("pocketpin", "PP-M10"));
		assertTrue(registry.supports("pocketpin", "PP-M20", Capability.REMOTE_WIPE));
		assertFalse(registry.supports("pocketpin", "PP-M10", Capability.REMOTE_WIPE));
		assertFalse(registry.supports("ledgerline", "LL-950G", Capability.REMOTE_WIPE));
		assertEquals(Set.of(), registry.capabilities("nobody", "X"));
	}

	@Test
	void everyDriverIsConsistent() throws Exception {
		for (TerminalDriver d : registry.drivers()) {
			assertFalse(d.models().isEmpty(), d.vendorId());
			Set<String> codes = new HashSet<>();
			for (ErrorCode e : d.errorCodes()) {
				assertTrue(codes.add(e.code()), d.vendorId() + " lists " + e.code() + " twice");
			}
			for (ModelInfo m : d.models()) {
				List<DiagnosisStep> steps = d.diagnosis(m.name());
				assertEquals(DiagnosisStep.Area.POWER, steps.get(0).area(), d.vendorId() + " " + m.name());
				assertEquals(DiagnosisStep.Area.RESTART, steps.get(steps.size() - 1).area());
				for (DiagnosisStep s : steps) {
					for (String code : s.errorCodes()) {
						assertTrue(codes.contains(code), d.vendorId() + " step " + s.area() + " names " + code
								+ ", which is not in the error table");
					}
				}
				// Every model can at least be rebooted, and each command the model's capabilities allow encodes.
				for (RemoteCommand.Type type : RemoteCommand.Type.values()) {
					if (type.requiredCapability() == null || m.has(type.requiredCapability())) {
						String arg = type.needsArgument() ? "1.0" : null;
						byte[] bytes = d.encode(new RemoteCommand(5, type, "SN-1", m.name(), arg));
						assertTrue(bytes.length > 0, d.vendorId() + " " + m.name() + " " + type);
					}
				}
			}
		}
	}

	@Test
	void emulatorsWriteWhatTheDriversRead() throws Exception {
		List<TerminalEmulator> emulators = context.getServiceReferences(TerminalEmulator.class, null).stream()
				.map(context::getService).toList();
		assertEquals(Set.of("acme-smart", "ledgerline", "pocketpin"),
				emulators.stream().map(TerminalEmulator::vendorId).collect(Collectors.toSet()));
		for (TerminalEmulator emulator : emulators) {
			TerminalDriver driver = registry.driver(emulator.vendorId()).orElseThrow();
			for (ModelInfo m : driver.models()) {
				boolean wireless = m.connections().stream().anyMatch(c -> c != ConnectionType.DIALUP
						&& c != ConnectionType.ETHERNET);
				StatusReport.Builder b = StatusReport.builder("RT-" + m.name(), Instant.parse("2026-11-20T10:11:12Z"))
						.model(m.name()).firmware("2.1.0").tampered(true).error(driver.errorCodes().get(0))
						.acknowledged(77).acknowledged(4_000_000_000L);
				if (wireless) {
					b.battery(57, false).signal(60);
				}
				if (m.has(Capability.PRINTER)) {
					b.paper(StatusReport.PaperState.LOW);
				}
				if (m.has(Capability.BLUETOOTH)) {
					b.pairing(StatusReport.PairingState.PAIRING);
				}
				StatusReport sent = b.build();
				StatusReport read = driver.decode(emulator.statusMessage(sent));
				// Same facts, whatever the wire format (the reports' texts list every field).
				assertEquals(sent.toString(), read.toString(), driver.vendorId() + " " + m.name());
			}
		}
	}

	@Test
	void stoppingAndStartingADriverBundleChangesTheAnswers() throws Exception {
		Bundle countertop = bundle(COUNTERTOP);
		countertop.stop();
		try {
			awaitTrue(() -> registry.driver("ledgerline").isEmpty(), "ledgerline gone after stop");
			assertEquals(List.of("acme-smart", "pocketpin"), vendors());
			assertEquals(Set.of(), registry.capabilities("ledgerline", "LL-900"));
		} finally {
			countertop.start(Bundle.START_ACTIVATION_POLICY);
		}
		awaitTrue(() -> registry.driver("ledgerline").isPresent(), "ledgerline back after start");
		assertTrue(registry.supports("ledgerline", "LL-950G", Capability.REMOTE_LOCK));
	}

	@Test
	void uninstallingAndInstallingADriverBundleChangesTheAnswers(@TempDir Path temp) throws Exception {
		Bundle countertop = bundle(COUNTERTOP);
		Path jar = copyAsJar(countertop, temp.resolve("countertop.jar"));
		countertop.uninstall();
		try {
			awaitTrue(() -> registry.driver("ledgerline").isEmpty(), "ledgerline gone after uninstall");
			assertTrue(Arrays.stream(context.getBundles()).noneMatch(b -> COUNTERTOP.equals(b.getSymbolicName())));
			assertFalse(registry.supports("ledgerline", "LL-950G", Capability.REMOTE_LOCK));
		} finally {
			context.installBundle(jar.toUri().toString()).start(Bundle.START_ACTIVATION_POLICY);
		}
		awaitTrue(() -> registry.driver("ledgerline").isPresent(), "ledgerline back after install");
		StatusReport r = registry.driver("ledgerline").get().decode(
				"STLL9-0000456789  LL-900  20261120081500M---O0D-3.04.12     \r\n".getBytes(StandardCharsets.US_ASCII));
		assertEquals("LL9-0000456789", r.serialNumber());
	}

	/** The bundle's content as a jar file, manifest first, as a plug-in would be delivered. */
	private static Path copyAsJar(Bundle bundle, Path jar) throws IOException {
		try (InputStream manifest = bundle.getEntry("META-INF/MANIFEST.MF").openStream();
				JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), new Manifest(manifest))) {
			Enumeration<URL> entries = bundle.findEntries("/", "*", true);
			while (entries.hasMoreElements()) {
				URL url = entries.nextElement();
				String name = url.getPath().substring(1);
				if (name.endsWith("/") || name.equals("META-INF/MANIFEST.MF")) {
					continue;
				}
				out.putNextEntry(new JarEntry(name));
				try (InputStream in = url.openStream()) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return jar;
	}

	@Test
	void aDriverBuiltOnTheSupportClassIsFoundAndKeepsItsTables() throws Exception {
		List<DiagnosisStep> steps = new ArrayList<>(List.of(
				DiagnosisStep.of(DiagnosisStep.Area.POWER, "Does it switch on?", "Charge it."),
				DiagnosisStep.of(DiagnosisStep.Area.PRINTER, "Does it print?", "Load paper.", "Q1"),
				DiagnosisStep.of(DiagnosisStep.Area.RESTART, "Does it work after a restart?", "Raise a ticket.")));
		TerminalDriver quill = new AbstractTerminalDriver("quill", "Quill (test vendor)", "one line",
				List.of(ModelInfo.of("Q-1", "with printer", Set.of(ConnectionType.WIFI), Capability.PRINTER),
						ModelInfo.of("Q-2", "without printer", Set.of(ConnectionType.WIFI), Capability.REMOTE_LOCK)),
				List.of(new ErrorCode("Q1", "out of paper", ErrorCode.Severity.WARNING)), steps) {
			@Override
			public StatusReport decode(byte[] message) throws MalformedMessageException {
				return StatusReport.builder(new String(message, StandardCharsets.US_ASCII), Instant.EPOCH).build();
			}

			@Override
			public byte[] encode(RemoteCommand command) throws UnsupportedCommandException {
				checkSupported(command);
				return (command.type() + " " + command.id()).getBytes(StandardCharsets.US_ASCII);
			}

			@Override
			protected List<DiagnosisStep> diagnosisFor(ModelInfo model) {
				return super.diagnosisFor(model).stream()
						.filter(s -> s.area() != DiagnosisStep.Area.PRINTER || model.has(Capability.PRINTER)).toList();
			}
		};
		steps.clear();
		ServiceRegistration<TerminalDriver> reg = context.registerService(TerminalDriver.class, quill, null);
		try {
			awaitTrue(() -> vendors().contains("quill"), "the quill driver registered");
			TerminalDriver found = registry.driver("quill").orElseThrow();
			assertEquals("Quill (test vendor)", found.vendorName());
			assertEquals("one line", found.messageFormat());
			assertEquals(List.of("Q-1", "Q-2"), found.models().stream().map(ModelInfo::name).toList());
			assertEquals("out of paper", found.errorCode("q1").meaning());
			assertEquals(3, found.diagnosis("q-1").size(), "the steps were copied when the driver was made");
			assertEquals(List.of(DiagnosisStep.Area.POWER, DiagnosisStep.Area.RESTART),
					found.diagnosis("Q-2").stream().map(DiagnosisStep::area).toList(), "narrowed per model");
			assertEquals(List.of(), found.diagnosis("Q-3"), "an unknown model has no diagnosis");
			assertTrue(registry.supports("quill", "Q-2", Capability.REMOTE_LOCK));
			assertThrows(UnsupportedCommandException.class,
					() -> found.encode(new RemoteCommand(1, RemoteCommand.Type.LOCK, "S", "Q-1", null)));
			assertEquals("LOCK 2", new String(found.encode(new RemoteCommand(2, RemoteCommand.Type.LOCK, "S", "Q-2",
					null)), StandardCharsets.US_ASCII));
		} finally {
			reg.unregister();
		}
		awaitTrue(() -> !vendors().contains("quill"), "the quill driver gone");
	}

	@Test
	void aHigherRankedDriverReplacesAVendorsDriver() throws Exception {
		TerminalDriver original = registry.driver("ledgerline").orElseThrow();
		TerminalDriver replacement = new ReplacementDriver(original);
		Dictionary<String, Object> props = new Hashtable<>();
		props.put(Constants.SERVICE_RANKING, 100);
		ServiceRegistration<TerminalDriver> reg = context.registerService(TerminalDriver.class, replacement, props);
		try {
			awaitTrue(() -> registry.driver("LEDGERLINE").orElseThrow() == replacement, "replacement preferred");
			assertEquals(3, registry.drivers().size(), "one driver per vendor");
			assertTrue(registry.supports("ledgerline", "LL-990X", Capability.REMOTE_WIPE));
		} finally {
			reg.unregister();
		}
		assertSame(original, registry.driver("ledgerline").orElseThrow());
		assertFalse(registry.model("ledgerline", "LL-990X").isPresent());
	}

	/** A plug-in that extends a vendor's driver with a new model, as a vendor's newer driver would. */
	private record ReplacementDriver(TerminalDriver base) implements TerminalDriver {
		@Override
		public String vendorId() {
			return base.vendorId();
		}

		@Override
		public String vendorName() {
			return base.vendorName() + " (extended)";
		}

		@Override
		public String messageFormat() {
			return base.messageFormat();
		}

		@Override
		public List<ModelInfo> models() {
			List<ModelInfo> models = new ArrayList<>(base.models());
			models.add(ModelInfo.of("LL-990X", "countertop with remote wipe", Set.of(ConnectionType.ETHERNET),
					Capability.PIN_PAD, Capability.PRINTER, Capability.REMOTE_WIPE));
			return models;
		}

		@Override
		public List<ErrorCode> errorCodes() {
			return base.errorCodes();
		}

		@Override
		public StatusReport decode(byte[] message) throws MalformedMessageException {
			return base.decode(message);
		}

		@Override
		public List<DiagnosisStep> diagnosis(String model) {
			return base.diagnosis(model);
		}

		@Override
		public byte[] encode(RemoteCommand command) throws UnsupportedCommandException {
			return base.encode(command);
		}
	}

	private Bundle bundle(String bsn) {
		return Arrays.stream(context.getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError(bsn + " is not installed"));
	}

	/** Service events are synchronous, but SCR may finish a bundle's components on its own thread. */
	private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.nanoTime() + 5_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out waiting for: " + what);
			}
			Thread.sleep(20);
		}
	}
}
