package io.posestate.driver.btmpos.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
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

class PocketPinDriverTest {
	private static final HexFormat HEX = HexFormat.of();
	private final PocketPinDriver driver = new PocketPinDriver();

	private byte[] capture(String name) throws IOException {
		// The fragment's data/ folder is on the host's class path.
		try (InputStream in = getClass().getResourceAsStream("/data/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void crcIsCcittFalse() {
		assertEquals(0x29B1, Frame.crc16("123456789".getBytes(StandardCharsets.US_ASCII), 0, 9));
	}

	@Test
	void decodesPairedReader() throws Exception {
		StatusReport r = driver.decode(capture("ppm10-paired.bin"));
		assertEquals("PPM10-7A21003", r.serialNumber());
		assertEquals(Optional.of("PP-M10"), r.model());
		assertEquals(Instant.parse("2026-11-20T09:30:00Z"), r.timestamp());
		assertEquals(OptionalInt.of(82), r.batteryPercent());
		assertEquals(Optional.of(false), r.charging());
		assertEquals(PairingState.PAIRED, r.pairing());
		assertEquals(OptionalInt.of(70), r.signalPercent(), "-58 dBm on the -100..-40 Bluetooth scale");
		assertEquals(Optional.of("1.8.3"), r.firmware());
		assertEquals(PaperState.NOT_REPORTED, r.paper());
		assertEquals(List.of(), r.errors());
	}

	@Test
	void decodesErrorsAcknowledgementAndSkipsUnknownTags() throws Exception {
		StatusReport r = driver.decode(capture("ppm20-link-lost.bin"));
		assertEquals("PPM20-9C40117", r.serialNumber());
		assertEquals(Optional.of("PP-M20"), r.model());
		assertEquals(Instant.parse("2026-11-21T12:00:05Z"), r.timestamp());
		assertEquals(OptionalInt.of(9), r.batteryPercent());
		assertEquals(Optional.of(true), r.charging());
		assertEquals(PairingState.UNPAIRED, r.pairing());
		assertEquals(OptionalInt.empty(), r.signalPercent());
		assertEquals(Optional.of("2.0.0-rc4"), r.firmware());
		assertEquals(List.of("0x0201", "0x0202", "0x0101"), r.errors().stream().map(ErrorCode::code).toList());
		assertEquals("Bluetooth link to the phone lost", r.errors().get(0).meaning());
		assertEquals(Optional.of(Severity.CRITICAL), r.worstSeverity());
		assertEquals(List.of(2001L), r.acknowledgedCommands());
	}

	@Test
	void decodesTamper() throws Exception {
		StatusReport r = driver.decode(capture("ppm20-tamper.bin"));
		assertTrue(r.tampered());
		assertEquals(OptionalInt.empty(), r.batteryPercent());
		assertEquals(PairingState.NOT_REPORTED, r.pairing());
		assertEquals(Severity.CRITICAL, r.errors().get(0).severity());
		assertTrue(r.errors().get(1).meaning().startsWith("unknown error code"));
	}

	@ParameterizedTest(name = "[{index}] {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			025300                                                 | offset 0  | at least 6 bytes
			035300040102583103046b001318f36d                       | offset 0  | expected STX 0x02
			0243000401025831f36d                                   | offset 1  | expected frame type 'S'
			02530005011441424333bd                                 | offset 4  | says 20 bytes, only 3 left
			0253000401025831f36d                                   | offset 4  | no timestamp item (tag 0x03)
			0253000e0102583103046b00131804029600f408               | offset 16 | battery level 150 is over 100 %
			0253000d0102583103046b001318050107742d                 | offset 16 | pairing state must be 0, 1 or 2
			0253000f0102583103046b00131808030102035988             | offset 14 | 2 bytes each
			0253000b010358073103046b001318782e                     | offset 7  | printable ASCII, found byte 0x07
			0253000d0102583103046b001318020163dd9f                 | offset 16 | unknown model code 0x63
			""")
	void rejectsMalformedFramesWithOffsetAndReason(String hex, String location, String reason) {
		MalformedMessageException e = assertThrows(MalformedMessageException.class,
				() -> driver.decode(HEX.parseHex(hex)));
		assertEquals("pocketpin", e.vendorId());
		assertEquals(location, e.location());
		assertTrue(e.reason().contains(reason), "reason: " + e.reason());
	}

	@Test
	void rejectsCorruptedAndTruncatedCaptures() throws Exception {
		byte[] frame = capture("ppm10-paired.bin");
		byte[] corrupted = frame.clone();
		corrupted[20] ^= 0x01;
		MalformedMessageException crc = assertThrows(MalformedMessageException.class, () -> driver.decode(corrupted));
		assertEquals("offset " + (frame.length - 2), crc.location());
		assertTrue(crc.reason().startsWith("CRC mismatch"), crc.reason());

		byte[] truncated = Arrays.copyOf(frame, frame.length - 1);
		MalformedMessageException cut = assertThrows(MalformedMessageException.class, () -> driver.decode(truncated));
		assertEquals("offset 2", cut.location());
		assertEquals("body length 41 means a frame of 47 bytes, but it has 46", cut.reason());
	}

	@Test
	void encodesCommandFrames() throws Exception {
		// Expected bytes computed independently of this code (Python, same frame definition).
		assertArrayEquals(HEX.parseHex("02430018010d50504d31302d3741323130303320010121040000002a2d72"),
				driver.encode(RemoteCommand.of(42, Type.LOCK, "PPM10-7A21003", "PP-M10")));
		assertArrayEquals(HEX.parseHex(
				"02430027010d50504d32302d3943343031313720010521040000002b220d43616c6c207468652062616e6b440a"),
				driver.encode(new RemoteCommand(43, Type.SCREEN_MESSAGE, "PPM20-9C40117", "PP-M20", "Call the bank")));
	}

	@Test
	void refusesWhatTheModelOrFormatCannotCarry() {
		UnsupportedCommandException wipe = assertThrows(UnsupportedCommandException.class,
				() -> driver.encode(RemoteCommand.of(1, Type.WIPE, "PPM10-7A21003", "PP-M10")));
		assertEquals("pocketpin PP-M10 cannot wipe: it lacks REMOTE_WIPE", wipe.getMessage());
		assertThrows(UnsupportedCommandException.class, () -> driver.encode(
				new RemoteCommand(2, Type.SCREEN_MESSAGE, "S", "PP-M20", "x".repeat(PocketPinDriver.SCREEN_TEXT_MAX + 1))));
		UnsupportedCommandException text = assertThrows(UnsupportedCommandException.class,
				() -> driver.encode(new RemoteCommand(3, Type.SCREEN_MESSAGE, "S", "PP-M20", "请联系")));
		assertTrue(text.getMessage().contains("printable ASCII"), text.getMessage());
	}

	@Test
	void diagnosisChecksThePhoneLink() {
		List<DiagnosisStep.Area> areas = driver.diagnosis("pp-m10").stream().map(DiagnosisStep::area).toList();
		assertEquals(List.of(DiagnosisStep.Area.POWER, DiagnosisStep.Area.SCREEN, DiagnosisStep.Area.LINK,
				DiagnosisStep.Area.NETWORK, DiagnosisStep.Area.CARD_READER, DiagnosisStep.Area.RESTART), areas);
		assertTrue(driver.diagnosis("PP-M10").get(2).errorCodes().contains("0x0201"));
	}
}
