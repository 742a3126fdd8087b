package io.posestate.driver.smartpos.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.StatusReport;
import io.posestate.driver.StatusReport.PaperState;
import io.posestate.driver.TerminalDriver;

/**
 * Reads an {@code acme-smart/status/1} document (UTF-8 JSON):
 *
 * <pre>
 * { "schema": "acme-smart/status/1",          required
 *   "serial": "AS6-24-000123",                 required
 *   "sentAt": "2026-11-20T08:15:00Z",          required, ISO-8601 instant
 *   "model": "AS-600",
 *   "battery": { "level": 76, "charging": false },        level 0-100
 *   "network": { "type": "CELLULAR"|"WIFI", "rssi": -85 }, dBm
 *   "printer": { "paper": "OK"|"LOW"|"EMPTY" },
 *   "tamper": { "triggered": false },
 *   "firmware": { "os": "11", "app": "5.2.1" },            the app version is the firmware reported
 *   "errors": [ "E201", ... ],
 *   "acks": [ 1001, ... ] }                                 ids of carried-out commands
 * </pre>
 *
 * Unknown members are ignored (newer terminals add some); a known member of the wrong type is an error.
 */
final class StatusDocument {
	static final String SCHEMA = "acme-smart/status/1";

	private static final Gson GSON = new Gson();
	private static final Pattern GSON_WHERE = Pattern.compile("line (\\d+) column (\\d+) path (\\S+)");

	private final TerminalDriver driver;

	private StatusDocument(TerminalDriver driver) {
		this.driver = driver;
	}

	static StatusReport read(byte[] message, TerminalDriver driver) throws MalformedMessageException {
		StatusDocument doc = new StatusDocument(driver);
		return doc.report(doc.parse(message));
	}

	private JsonObject parse(byte[] message) throws MalformedMessageException {
		if (message.length == 0) {
			throw malformed("offset 0", "the message is empty");
		}
		String text = utf8(message);
		JsonReader reader = new JsonReader(new StringReader(text));
		reader.setLenient(false);
		JsonElement root;
		try {
			root = GSON.getAdapter(JsonElement.class).read(reader);
		} catch (IOException | JsonParseException | IllegalStateException e) {
			throw malformed(where(e.getMessage()), "not valid JSON: " + gsonReason(e.getMessage()), e);
		}
		try {
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new IOException(reader.toString());
			}
		} catch (IOException e) {
			throw malformed(where(e.getMessage()), "text after the end of the JSON document");
		}
		if (!root.isJsonObject()) {
			throw malformed("the document", "a status document is a JSON object, not " + kind(root));
		}
		return root.getAsJsonObject();
	}

	private StatusReport report(JsonObject root) throws MalformedMessageException {
		String schema = string(root, "schema", true);
		if (!SCHEMA.equals(schema)) {
			throw malformed("field schema", "expected \"" + SCHEMA + "\", found \"" + schema + "\"");
		}
		String serial = string(root, "serial", true);
		if (serial.isBlank()) {
			throw malformed("field serial", "the serial number is blank");
		}
		String sentAt = string(root, "sentAt", true);
		Instant timestamp;
		try {
			timestamp = Instant.parse(sentAt);
		} catch (DateTimeParseException e) {
			throw malformed("field sentAt", "\"" + sentAt + "\" is not an ISO-8601 instant like 2026-11-20T08:15:00Z");
		}
		StatusReport.Builder report = StatusReport.builder(serial, timestamp);
		report.model(string(root, "model", false));

		JsonObject battery = object(root, "battery");
		if (battery != null) {
			int level = integer(battery, "battery.level", "level", 0, 100);
			JsonElement charging = battery.get("charging");
			report.battery(level, charging == null ? null : bool(battery, "battery.charging", "charging"));
		}
		JsonObject network = object(root, "network");
		if (network != null && network.has("rssi")) {
			String type = string(network, "network.type", "type", true);
			int rssi = integer(network, "network.rssi", "rssi", -130, 0);
			switch (type) {
			case "CELLULAR" -> report.signalDbm(rssi, -113, -51);
			case "WIFI" -> report.signalDbm(rssi, -90, -30);
			default -> throw malformed("field network.type", "expected CELLULAR or WIFI, found \"" + type + "\"");
			}
		}
		JsonObject printer = object(root, "printer");
		if (printer != null) {
			String paper = string(printer, "printer.paper", "paper", true);
			report.paper(switch (paper) {
			case "OK" -> PaperState.OK;
			case "LOW" -> PaperState.LOW;
			case "EMPTY" -> PaperState.OUT;
			default -> throw malformed("field printer.paper", "expected OK, LOW or EMPTY, found \"" + paper + "\"");
			});
		}
		JsonObject tamper = object(root, "tamper");
		if (tamper != null) {
			report.tampered(bool(tamper, "tamper.triggered", "triggered"));
		}
		JsonObject firmware = object(root, "firmware");
		if (firmware != null) {
			report.firmware(string(firmware, "firmware.app", "app", false));
		}
		JsonArray errors = array(root, "errors");
		for (int i = 0; errors != null && i < errors.size(); i++) {
			report.error(driver.errorCode(text(errors.get(i), "errors[" + i + "]")));
		}
		JsonArray acks = array(root, "acks");
		for (int i = 0; acks != null && i < acks.size(); i++) {
			report.acknowledged(wholeNumber(acks.get(i), "acks[" + i + "]", 1, Long.MAX_VALUE));
		}
		return report.build();
	}

	// --- typed member access; every failure names the field ---

	private String string(JsonObject o, String name, boolean required) throws MalformedMessageException {
		return string(o, name, name, required);
	}

	private String string(JsonObject o, String field, String name, boolean required) throws MalformedMessageException {
		JsonElement e = o.get(name);
		if (e == null || e.isJsonNull()) {
			if (required) {
				throw malformed("field " + field, "required but missing");
			}
			return null;
		}
		return text(e, field);
	}

	private String text(JsonElement e, String field) throws MalformedMessageException {
		if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
			return e.getAsString();
		}
		throw malformed("field " + field, "expected a string, found " + kind(e));
	}

	private int integer(JsonObject o, String field, String name, int min, int max) throws MalformedMessageException {
		JsonElement e = o.get(name);
		if (e == null) {
			throw malformed("field " + field, "required but missing");
		}
		return (int) wholeNumber(e, field, min, max);
	}

	private long wholeNumber(JsonElement e, String field, long min, long max) throws MalformedMessageException {
		if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
			try {
				long value = e.getAsBigDecimal().longValueExact();
				if (value >= min && value <= max) {
					return value;
				}
				throw malformed("field " + field, "must be " + min + ".." + max + ", found " + value);
			} catch (ArithmeticException notWhole) {
				// falls through to the type error
			}
		}
		throw malformed("field " + field, "expected a whole number, found " + kind(e));
	}

	private boolean bool(JsonObject o, String field, String name) throws MalformedMessageException {
		JsonElement e = o.get(name);
		if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
			return e.getAsBoolean();
		}
		throw malformed("field " + field, e == null ? "required but missing" : "expected true or false, found " + kind(e));
	}

	private JsonObject object(JsonObject o, String name) throws MalformedMessageException {
		JsonElement e = o.get(name);
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (!e.isJsonObject()) {
			throw malformed("field " + name, "expected an object, found " + kind(e));
		}
		return e.getAsJsonObject();
	}

	private JsonArray array(JsonObject o, String name) throws MalformedMessageException {
		JsonElement e = o.get(name);
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (!e.isJsonArray()) {
			throw malformed("field " + name, "expected an array, found " + kind(e));
		}
		return e.getAsJsonArray();
	}

	private static String kind(JsonElement e) {
		if (e.isJsonNull()) {
			return "null";
		}
		if (e.isJsonObject()) {
			return "an object";
		}
		if (e.isJsonArray()) {
			return "an array";
		}
		JsonPrimitive p = e.getAsJsonPrimitive();
		return p.isString() ? "the string \"" + p.getAsString() + "\"" : p.isBoolean() ? p.getAsString() : p.toString();
	}

	// --- bytes and Gson's messages ---

	private String utf8(byte[] message) throws MalformedMessageException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(message);
		try {
			return decoder.decode(in).toString();
		} catch (CharacterCodingException e) {
			throw malformed("offset " + in.position(), "not valid UTF-8");
		}
	}

	/** "line 3, column 14 ($.battery)" from Gson's "... at line 3 column 14 path $.battery". */
	private static String where(String gsonMessage) {
		Matcher m = GSON_WHERE.matcher(gsonMessage == null ? "" : gsonMessage);
		return m.find() ? "line " + m.group(1) + ", column " + m.group(2) + " (" + m.group(3) + ")" : "the document";
	}

	/** Gson's reason without its location, and in words for people rather than for Gson users. */
	private static String gsonReason(String message) {
		if (message == null) {
			return "unexpected end";
		}
		if (message.contains("setLenient")) {
			return "syntax error (strict JSON only: double-quoted names and strings, no comments)";
		}
		int at = message.indexOf(" at line ");
		return at > 0 ? message.substring(0, at) : message;
	}

	private MalformedMessageException malformed(String location, String reason) {
		return new MalformedMessageException(driver.vendorId(), location, reason);
	}

	private MalformedMessageException malformed(String location, String reason, Throwable cause) {
		return new MalformedMessageException(driver.vendorId(), location, reason, cause);
	}
}
