package io.posestate.driver.smartpos.internal;

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

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.posestate.driver.DiagnosisStep;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.ErrorCode.Severity;
import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.RemoteCommand;
import io.posestate.driver.RemoteCommand.Type;
import io.posestate.driver.StatusReport;
import io.posestate.driver.StatusReport.PaperState;
import io.posestate.driver.UnsupportedCommandException;

class AcmeSmartDriverTest {
	private final AcmeSmartDriver driver = new AcmeSmartDriver();

	private byte[] capture(String name) throws IOException {
		// The fragment's data/ folder is on the host's class path.
		try (InputStream in = getClass().getResourceAsStream("/data/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void decodesHealthyTerminal() throws Exception {
		StatusReport r = driver.decode(capture("as600-ok.json"));
		assertEquals("AS6-24-000123", r.serialNumber());
		assertEquals(Instant.parse("2026-11-20T08:15:00Z"), r.timestamp());
		assertEquals(Optional.of("AS-600"), r.model());
		assertEquals(OptionalInt.of(76), r.batteryPercent());
		assertEquals(Optional.of(false), r.charging());
		assertEquals(OptionalInt.of(45), r.signalPercent(), "-85 dBm on the -113..-51 cellular scale");
		assertEquals(PaperState.OK, r.paper());
		assertFalse(r.tampered());
		assertEquals(Optional.of("5.2.1"), r.firmware());
		assertEquals(List.of(), r.errors());
		assertEquals(Optional.empty(), r.worstSeverity());
	}

	@Test
	void decodesErrorsAcknowledgementsAndIgnoresUnknownMembers() throws Exception {
		StatusReport r = driver.decode(capture("as600-paper-low.json"));
		assertEquals("AS6-24-000187", r.serialNumber());
		assertEquals(OptionalInt.of(18), r.batteryPercent());
		assertEquals(Optional.of(true), r.charging());
		assertEquals(OptionalInt.of(50), r.signalPercent(), "-60 dBm on the -90..-30 Wi-Fi scale");
		assertEquals(PaperState.LOW, r.paper());
		assertEquals(List.of("E203", "E602"), r.errors().stream().map(ErrorCode::code).toList());
		assertEquals("payment app incompatible with the firmware", r.errors().get(1).meaning());
		assertEquals(Optional.of(Severity.CRITICAL), r.worstSeverity());
		assertEquals(List.of(1001L, 1002L), r.acknowledgedCommands());
	}

	@Test
	void decodesTamperAndKeepsUnknownErrorCodes() throws Exception {
		StatusReport r = driver.decode(capture("as300-tamper.json"));
		assertTrue(r.tampered());
		assertEquals(Optional.of(Severity.CRITICAL), r.worstSeverity());
		assertEquals(OptionalInt.of(100), r.batteryPercent());
		assertEquals(Optional.empty(), r.charging());
		assertEquals(OptionalInt.of(0), r.signalPercent(), "below the weakest Wi-Fi level");
		assertEquals(PaperState.NOT_REPORTED, r.paper(), "the AS-300 has no printer");
		assertEquals(Optional.empty(), r.firmware());
		assertEquals(Severity.CRITICAL, r.errors().get(0).severity());
		ErrorCode unknown = r.errors().get(1);
		assertEquals("E999", unknown.code());
		assertTrue(unknown.meaning().contains("unknown error code"), unknown.meaning());
	}

	private static final String HEAD = "{\"schema\":\"acme-smart/status/1\",\"serial\":\"S1\",\"sentAt\":\"2026-11-20T08:15:00Z\"";

	@ParameterizedTest(name = "[{index}] {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			''                                                            | offset 0              | empty
			'{"schema":"acme-smart/status/1","serial":"S1"'               | line 1, column        | not valid JSON
			{'schema':'acme-smart/status/1'}                              | line 1, column 3      | strict JSON only
			'[1,2]'                                                       | the document          | a JSON object
			'{"schema":"acme-smart/status/1","serial":"S1"} x'            | line 1, column        | text after the end
			'{"schema":"acme-smart/status/2","serial":"S1"}'              | field schema          | acme-smart/status/1
			'{"schema":"acme-smart/status/1","sentAt":"2026-11-20T08:15:00Z"}' | field serial     | required but missing
			'{"schema":"acme-smart/status/1","serial":"S1","sentAt":"yesterday"}' | field sentAt  | not an ISO-8601 instant
			HEAD,"battery":{"level":130}}                                 | field battery.level   | must be 0..100, found 130
			HEAD,"battery":{"level":"76"}}                                | field battery.level   | expected a whole number, found the string "76"
			HEAD,"battery":{"level":76.5}}                                | field battery.level   | expected a whole number
			HEAD,"battery":{"level":7,"charging":"no"}}                   | field battery.charging | expected true or false
			HEAD,"network":{"type":"LTE","rssi":-70}}                     | field network.type    | expected CELLULAR or WIFI
			HEAD,"printer":{"paper":"MAYBE"}}                             | field printer.paper   | expected OK, LOW or EMPTY
			HEAD,"printer":"OK"}                                          | field printer         | expected an object
			HEAD,"errors":[201]}                                          | field errors[0]       | expected a string, found 201
			HEAD,"acks":[0]}                                              | field acks[0]         | must be 1..
			""")
	void rejectsMalformedDocumentsWithTheReason(String json, String location, String reason) {
		byte[] bytes = json.replace("HEAD", HEAD).getBytes(StandardCharsets.UTF_8);
		MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> driver.decode(bytes));
		assertEquals("acme-smart", e.vendorId());
		assertTrue(e.location().startsWith(location), "location: " + e.location());
		assertTrue(e.reason().contains(reason), "reason: " + e.reason());
		assertTrue(e.getMessage().contains(e.location()) && e.getMessage().contains(e.reason()));
	}

	@Test
	void rejectsBytesThatAreNotUtf8AtTheirOffset() {
		byte[] bytes = "{\"schema\":\"\u00e9".getBytes(StandardCharsets.ISO_8859_1);
		MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> driver.decode(bytes));
		assertEquals("offset 11", e.location());
		assertEquals("not valid UTF-8", e.reason());
	}

	@Test
	void encodesCommandsAsJson() throws Exception {
		JsonObject lock = json(driver.encode(RemoteCommand.of(7, Type.LOCK, "AS6-24-000123", "AS-600")));
		assertEquals("acme-smart/command/1", lock.get("schema").getAsString());
		assertEquals(7, lock.get("id").getAsLong());
		assertEquals("AS6-24-000123", lock.get("serial").getAsString());
		assertEquals("LOCK", lock.get("command").getAsString());

		JsonObject wipe = json(driver.encode(RemoteCommand.of(8, Type.WIPE, "AS3-25-004410", "as-300")));
		assertEquals("WIPE", wipe.get("command").getAsString());
		assertTrue(wipe.get("factoryReset").getAsBoolean());

		JsonObject message = json(driver.encode(
				new RemoteCommand(9, Type.SCREEN_MESSAGE, "AS6-24-000123", "AS-600", "请联系收单机构 \"now\"")));
		assertEquals("MESSAGE", message.get("command").getAsString());
		assertEquals("请联系收单机构 \"now\"", message.get("text").getAsString());

		JsonObject update = json(driver.encode(
				new RemoteCommand(10, Type.FIRMWARE_UPDATE, "AS6-24-000123", "AS-600", "5.3.0")));
		assertEquals("FIRMWARE", update.get("command").getAsString());
		assertEquals("5.3.0", update.get("version").getAsString());
	}

	@Test
	void refusesCommandsForUnknownModels() {
		UnsupportedCommandException e = assertThrows(UnsupportedCommandException.class,
				() -> driver.encode(RemoteCommand.of(1, Type.REBOOT, "X", "AS-999")));
		assertTrue(e.getMessage().contains("AS-600, AS-300"), e.getMessage());
	}

	@Test
	void diagnosisFollowsTheModel() {
		List<DiagnosisStep.Area> as600 = driver.diagnosis("AS-600").stream().map(DiagnosisStep::area).toList();
		List<DiagnosisStep.Area> as300 = driver.diagnosis("AS-300").stream().map(DiagnosisStep::area).toList();
		assertEquals(DiagnosisStep.Area.POWER, as600.get(0));
		assertEquals(DiagnosisStep.Area.RESTART, as600.get(as600.size() - 1));
		assertTrue(as600.contains(DiagnosisStep.Area.PRINTER));
		assertFalse(as300.contains(DiagnosisStep.Area.PRINTER), "the AS-300 has no printer");
		assertEquals(List.of(), driver.diagnosis("AS-999"));
	}

	private static JsonObject json(byte[] bytes) {
		return JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
	}
}
