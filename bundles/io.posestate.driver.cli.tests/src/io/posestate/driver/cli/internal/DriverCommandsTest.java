package io.posestate.driver.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;

/** The driver commands inside OSGi with the real registry and the three vendor drivers. */
class DriverCommandsTest {
	@TempDir
	Path tmp;

	private record Run(int exit, String out, String err) {
	}

	private static Run run(Command command, String... words) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		int exit = command.run(List.of(words), context);
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void driversListsVendorsModelsAndCapabilities() throws Exception {
		Run r = run(new DriversCommand());
		assertEquals(0, r.exit());
		for (String expected : List.of("acme-smart", "ledgerline", "pocketpin", "AS-600", "LL-950G", "PP-M20",
				"capabilities: SIGNATURE_CAPTURE, PIN_PAD, BLUETOOTH, REMOTE_WIPE, REMOTE_LOCK, FIRMWARE_UPDATE", "3 driver(s)")) {
			assertTrue(r.out().contains(expected), expected + " in:\n" + r.out());
		}
		Run errors = run(new DriversCommand(), "--vendor", "pocketpin", "--errors");
		assertTrue(errors.out().contains("0x0201  WARNING  Bluetooth link to the phone lost"), errors.out());
		assertTrue(errors.out().endsWith("1 driver(s)\n"), errors.out());
	}

	@Test
	void unknownVendorIsAUsageErrorListingTheInstalledOnes() {
		UsageException e = assertThrows(UsageException.class, () -> run(new DriversCommand(), "--vendor", "nobody"));
		assertEquals("no driver for vendor \"nobody\"; installed: acme-smart, ledgerline, pocketpin", e.getMessage());
	}

	@Test
	void decodePrintsEachFileAndFailsOnMalformedOnes() throws Exception {
		Path good = Files.writeString(tmp.resolve("good.json"), "{\"schema\":\"acme-smart/status/1\",\"serial\":"
				+ "\"AS6-1\",\"sentAt\":\"2026-11-20T08:15:00Z\",\"tamper\":{\"triggered\":true},\"errors\":[\"E501\"]}");
		Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"schema\":\"acme-smart/status/1\"}");
		Run r = run(new DecodeCommand(), "--vendor", "acme-smart", good.toString(), bad.toString());
		assertEquals(1, r.exit());
		assertTrue(r.out().contains("serial        AS6-1"), r.out());
		assertTrue(r.out().contains("tamper        YES"), r.out());
		assertTrue(r.out().contains("error         E501 CRITICAL: tamper switch triggered: keys erased"), r.out());
		assertTrue(r.out().contains("worst         CRITICAL"), r.out());
		assertEquals(bad + ": acme-smart message malformed at field serial: required but missing\n", r.err());

		assertEquals(0, run(new DecodeCommand(), "--vendor", "acme-smart", good.toString()).exit());
		assertThrows(UsageException.class, () -> run(new DecodeCommand(), "--vendor", "acme-smart"));
		assertThrows(UsageException.class,
				() -> run(new DecodeCommand(), "--vendor", "acme-smart", tmp.resolve("missing").toString()));
	}

	@Test
	void diagnoseWalksTheModelsSteps() throws Exception {
		Run r = run(new DiagnoseCommand(), "--vendor", "pocketpin", "--model", "pp-m10");
		assertEquals(0, r.exit());
		assertTrue(r.out().startsWith("Diagnosis for pocketpin PP-M10"), r.out());
		assertTrue(r.out().contains("1. [POWER]"), r.out());
		assertTrue(r.out().contains("3. [LINK] Is Bluetooth on in the phone"), r.out());
		assertTrue(r.out().contains("0x0201 Bluetooth link to the phone lost"), r.out());
		UsageException e = assertThrows(UsageException.class,
				() -> run(new DiagnoseCommand(), "--vendor", "pocketpin", "--model", "X"));
		assertEquals("pocketpin has no model \"X\"; models: PP-M10, PP-M20", e.getMessage());
	}

	@Test
	void fleetSimulationPrintsTerminalsAndAlerts() throws Exception {
		Run r = run(new FleetCommand(), "--terminals", "7", "--seed", "3");
		assertEquals(0, r.exit(), r.err());
		assertTrue(r.out().startsWith("7 message(s) accepted by http://127.0.0.1:"), r.out());
		assertTrue(r.out().contains("SIM-PPM10-00003"), r.out());
		assertTrue(r.out().contains("CRITICAL TAMPER "), r.out());
		assertTrue(r.out().contains("WARNING OFFLINE "), r.out());
		assertTrue(r.out().contains("(offline after PT24H)"), r.out());
		Run longer = run(new FleetCommand(), "--terminals", "7", "--seed", "3", "--offline-after", "P2D");
		assertTrue(!longer.out().contains("WARNING OFFLINE "), longer.out());
		UsageException e = assertThrows(UsageException.class,
				() -> run(new FleetCommand(), "--offline-after", "a day"));
		assertTrue(e.getMessage().contains("ISO-8601 duration"), e.getMessage());
	}
}
