package io.posestate.driver.countertop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.posestate.driver.DiagnosisStep;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.ErrorCode.Severity;
import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.RemoteCommand;
import io.posestate.driver.RemoteCommand.Type;
import io.posestate.driver.StatusReport;
import io.posestate.driver.StatusReport.PairingState;
import io.posestate.driver.StatusReport.PaperState;
import io.posestate.driver.UnsupportedCommandException;

class LedgerlineDriverTest {
	private final LedgerlineDriver driver = new LedgerlineDriver();

	private byte[] capture(String name) throws IOException {
		// The fragment's data/ folder is on the host's class path.
		try (InputStream in = getClass().getResourceAsStream("/data/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void decodesDialUpTerminalOnMains() throws Exception {
		StatusReport r = driver.decode(capture("ll900-ok.txt"));
		assertEquals("LL9-0000456789", r.serialNumber());
		assertEquals(Optional.of("LL-900"), r.model());
		assertEquals(Instant.parse("2026-11-20T08:15:00Z"), r.timestamp());
		assertEquals(OptionalInt.empty(), r.batteryPercent(), "no battery");
		assertEquals(OptionalInt.empty(), r.signalPercent(), "wired link");
		assertEquals(PaperState.OK, r.paper());
		assertEquals(PairingState.NOT_REPORTED, r.pairing());
		assertFalse(r.tampered());
		assertEquals(Optional.of("3.04.12"), r.firmware());
		assertEquals(List.of(), r.errors());
	}

	@Test
	void decodesErrorsAndAcknowledgementLines() throws Exception {
		StatusReport r = driver.decode(capture("ll950g-errors.txt"));
		assertEquals("LL95-12-000042", r.serialNumber());
		assertEquals(Instant.parse("2026-11-21T23:59:59Z"), r.timestamp());
		assertEquals(OptionalInt.of(64), r.batteryPercent());
		assertEquals(Optional.of(false), r.charging(), "on backup battery");
		assertEquals(OptionalInt.of(60), r.signalPercent(), "3 of 5 bars");
		assertEquals(PaperState.LOW, r.paper());
		assertEquals(Optional.of("4.10.2b"), r.firmware());
		assertEquals(List.of("P001", "M002", "X123"), r.errors().stream().map(ErrorCode::code).toList());
		assertEquals("printer out of paper", r.errors().get(0).meaning());
		assertTrue(r.errors().get(2).meaning().contains("unknown error code"));
		assertEquals(Optional.of(Severity.WARNING), r.worstSeverity());
		assertEquals(List.of(1001L, 1002L), r.acknowledgedCommands());
	}

	@Test
	void acceptsATrimmedLineWithLfAndReportsTamper() throws Exception {
		StatusReport r = driver.decode(capture("ll900-tamper-trimmed.txt"));
		assertTrue(r.tampered());
		assertEquals(PaperState.OUT, r.paper());
		assertEquals(List.of("K020"), r.errors().stream().map(ErrorCode::code).toList());
		assertEquals(Optional.of(Severity.CRITICAL), r.worstSeverity());
	}

	/** A valid line with {@code replacement} written over it from {@code column} (1-based). */
	private static byte[] line(int column, String replacement) {
		String ok = "STLL9-0000456789  LL-900  20261120081500M---O0D-3.04.12                         ";
		String s = ok.substring(0, column - 1) + replacement + ok.substring(column - 1 + replacement.length());
		return (s + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
	}

	@ParameterizedTest(name = "[{index}] column {0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			1  | XX             | line 1, column 1  | a message starts with a status line (ST), found "XX"
			3  | '                ' | line 1, column 3 | serial number (columns 3-18) is blank
			27 | 20261320081500 | line 1, column 27 | time "20261320081500" is not yyyyMMddHHmmss
			41 | X              | line 1, column 41 | power must be M (mains) or B (backup battery), found 'X'
			42 | 1x0            | line 1, column 42 | battery % (columns 42-44) must be digits, found "1x0"
			42 | 101            | line 1, column 42 | battery 101 % is over 100
			45 | Z              | line 1, column 45 | paper must be O, L or E, found 'Z'
			46 | 2              | line 1, column 46 | tamper must be 0 or 1, found '2'
			47 | W              | line 1, column 47 | link must be D, E or G, found 'W'
			48 | 3              | line 1, column 48 | a wired link (D) has no signal bars: expected '-', found '3'
			47 | G9             | line 1, column 48 | signal bars on a cellular link must be 0-5, found '9'
			65 | p01            | line 1, column 65 | error code "p01 " is not a letter and 3 digits
			""")
	void rejectsBadFieldsWithLineAndColumn(int column, String replacement, String location, String reason) {
		MalformedMessageException e = assertThrows(MalformedMessageException.class,
				() -> driver.decode(line(column, replacement)));
		assertEquals("ledgerline", e.vendorId());
		assertEquals(location, e.location());
		assertEquals(reason, e.reason());
	}

	@Test
	void rejectsBadLinesAndBytes() {
		byte[] ok = line(1, "ST");
		assertEquals("line 1, column 55: a status line has 80 columns, this one 55",
				reason(new String(ok, StandardCharsets.US_ASCII).substring(0, 55).getBytes(StandardCharsets.US_ASCII)));
		assertEquals("line 2, column 3: command id (columns 3-12) must be digits, found \"00000010x1\"",
				reason(concat(ok, "AK00000010x1\r\n")));
		assertEquals("line 2, column 1: expected an acknowledgement line (AK) after the status line, found \"ST\"",
				reason(concat(ok, new String(ok, StandardCharsets.US_ASCII))));
		assertEquals("line 1, column 1: the message is empty: a status line (ST) comes first", reason(new byte[0]));
		byte[] latin = line(49, "3.04.\u00e9");
		assertEquals("offset 53: byte 0xE9 is not printable ASCII", reason(latin));
	}

	private String reason(byte[] message) {
		MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> driver.decode(message));
		return e.location() + ": " + e.reason();
	}

	private static byte[] concat(byte[] first, String more) {
		return (new String(first, StandardCharsets.US_ASCII) + more).getBytes(StandardCharsets.US_ASCII);
	}

	@Test
	void encodesCommandLines() throws Exception {
		assertEquals("CMLOCK0000000007LL95-12-000042  " + " ".repeat(48) + "\r\n", new String(
				driver.encode(RemoteCommand.of(7, Type.LOCK, "LL95-12-000042", "LL-950G")), StandardCharsets.US_ASCII));
		assertEquals("CMMESG0000000008LL9-0000456789  Settle batch before 18:00" + " ".repeat(15 + 8) + "\r\n",
				new String(driver.encode(new RemoteCommand(8, Type.SCREEN_MESSAGE, "LL9-0000456789", "LL-900",
						"Settle batch before 18:00")), StandardCharsets.US_ASCII));
	}

	@Test
	void refusesWipeAndLockWhereTheModelCannot() {
		UnsupportedCommandException wipe = assertThrows(UnsupportedCommandException.class,
				() -> driver.encode(RemoteCommand.of(1, Type.WIPE, "LL95-12-000042", "LL-950G")));
		assertEquals("ledgerline LL-950G cannot wipe: it lacks REMOTE_WIPE", wipe.getMessage());
		assertThrows(UnsupportedCommandException.class,
				() -> driver.encode(RemoteCommand.of(2, Type.LOCK, "LL9-0000456789", "LL-900")));
		assertThrows(UnsupportedCommandException.class, () -> driver.encode(
				new RemoteCommand(3, Type.SCREEN_MESSAGE, "LL9-0000456789", "LL-900", "x".repeat(41))));
	}

	@Test
	void diagnosisWalksPowerToRestart() {
		List<DiagnosisStep> steps = driver.diagnosis("LL-900");
		assertEquals(DiagnosisStep.Area.POWER, steps.get(0).area());
		assertEquals(DiagnosisStep.Area.LINK, steps.get(2).area());
		assertEquals(DiagnosisStep.Area.RESTART, steps.get(steps.size() - 1).area());
		assertTrue(steps.get(2).errorCodes().contains("M001"));
	}
}
