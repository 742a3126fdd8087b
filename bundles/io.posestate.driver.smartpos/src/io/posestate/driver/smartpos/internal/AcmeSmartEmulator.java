package io.posestate.driver.smartpos.internal;

import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.posestate.driver.ErrorCode;
import io.posestate.driver.StatusReport;
import io.posestate.driver.StatusReport.PaperState;
import io.posestate.driver.TerminalEmulator;

/** Writes {@code acme-smart/status/1} documents (see {@link StatusDocument}). */
@Component(service = TerminalEmulator.class)
public final class AcmeSmartEmulator implements TerminalEmulator {

	@Override
	public String vendorId() {
		return AcmeSmartDriver.VENDOR;
	}

	@Override
	public byte[] statusMessage(StatusReport r) {
		JsonObject json = new JsonObject();
		json.addProperty("schema", StatusDocument.SCHEMA);
		json.addProperty("serial", r.serialNumber());
		r.model().ifPresent(m -> json.addProperty("model", m));
		json.addProperty("sentAt", r.timestamp().toString());
		r.batteryPercent().ifPresent(level -> {
			JsonObject battery = new JsonObject();
			battery.addProperty("level", level);
			r.charging().ifPresent(c -> battery.addProperty("charging", c));
			json.add("battery", battery);
		});
		r.signalPercent().ifPresent(percent -> {
			// Only the AS-600 has a modem; the other models report Wi-Fi.
			boolean cellular = r.model().map("AS-600"::equalsIgnoreCase).orElse(false);
			JsonObject network = new JsonObject();
			network.addProperty("type", cellular ? "CELLULAR" : "WIFI");
			network.addProperty("rssi", cellular ? dbm(percent, -113, -51) : dbm(percent, -90, -30));
			json.add("network", network);
		});
		if (r.paper() != PaperState.NOT_REPORTED) {
			JsonObject printer = new JsonObject();
			printer.addProperty("paper", r.paper() == PaperState.OUT ? "EMPTY" : r.paper().name());
			json.add("printer", printer);
		}
		JsonObject tamper = new JsonObject();
		tamper.addProperty("triggered", r.tampered());
		json.add("tamper", tamper);
		r.firmware().ifPresent(f -> {
			JsonObject firmware = new JsonObject();
			firmware.addProperty("app", f);
			json.add("firmware", firmware);
		});
		JsonArray errors = new JsonArray();
		r.errors().stream().map(ErrorCode::code).forEach(errors::add);
		json.add("errors", errors);
		JsonArray acks = new JsonArray();
		r.acknowledgedCommands().forEach(acks::add);
		json.add("acks", acks);
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static int dbm(int percent, int weakest, int strongest) {
		return (int) Math.round(weakest + percent * (strongest - weakest) / 100.0);
	}
}
