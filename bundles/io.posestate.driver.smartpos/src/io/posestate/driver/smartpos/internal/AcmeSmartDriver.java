package io.posestate.driver.smartpos.internal;

import static io.posestate.driver.DiagnosisStep.Area.CARD_READER;
import static io.posestate.driver.DiagnosisStep.Area.NETWORK;
import static io.posestate.driver.DiagnosisStep.Area.POWER;
import static io.posestate.driver.DiagnosisStep.Area.PRINTER;
import static io.posestate.driver.DiagnosisStep.Area.RESTART;
import static io.posestate.driver.DiagnosisStep.Area.SCREEN;
import static io.posestate.driver.ErrorCode.Severity.CRITICAL;
import static io.posestate.driver.ErrorCode.Severity.INFO;
import static io.posestate.driver.ErrorCode.Severity.WARNING;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonObject;

import io.posestate.driver.DiagnosisStep;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.ModelInfo;
import io.posestate.driver.RemoteCommand;
import io.posestate.driver.StatusReport;
import io.posestate.driver.TerminalDriver;
import io.posestate.driver.UnsupportedCommandException;
import io.posestate.driver.support.AbstractTerminalDriver;
import io.posestate.model.Capability;
import io.posestate.model.ConnectionType;

/**
 * Driver for "Acme SmartPOS", an illustrative Android smart-POS vendor (not a real company's format). Terminals send
 * JSON status documents ({@code "schema": "acme-smart/status/1"}, see {@link StatusDocument}) and take JSON commands
 * ({@code "schema": "acme-smart/command/1"}).
 */
@Component(service = TerminalDriver.class)
public final class AcmeSmartDriver extends AbstractTerminalDriver {
	static final String VENDOR = "acme-smart";

	private static final List<ModelInfo> MODELS = List.of(
			ModelInfo.of("AS-600", "Android smart POS with built-in printer, 4G and Wi-Fi",
					Set.of(ConnectionType.CELLULAR, ConnectionType.WIFI), Capability.SIGNATURE_CAPTURE,
					Capability.PIN_PAD, Capability.PRINTER, Capability.CELLULAR, Capability.WIFI, Capability.LOCATION,
					Capability.REMOTE_WIPE, Capability.REMOTE_LOCK, Capability.FIRMWARE_UPDATE),
			ModelInfo.of("AS-300", "Android smart POS without printer (e-receipts), Wi-Fi only",
					Set.of(ConnectionType.WIFI), Capability.SIGNATURE_CAPTURE, Capability.PIN_PAD, Capability.WIFI,
					Capability.REMOTE_WIPE, Capability.REMOTE_LOCK, Capability.FIRMWARE_UPDATE));

	private static final List<ErrorCode> ERRORS = List.of(
			new ErrorCode("E101", "battery critically low (below 5 %)", WARNING),
			new ErrorCode("E102", "battery not charging: charger or battery fault", WARNING),
			new ErrorCode("E201", "printer out of paper", WARNING),
			new ErrorCode("E202", "printer head overheated", WARNING),
			new ErrorCode("E203", "printer cover open", INFO),
			new ErrorCode("E301", "no network: SIM or Wi-Fi not connected", WARNING),
			new ErrorCode("E302", "payment host unreachable (TLS handshake failed)", CRITICAL),
			new ErrorCode("E401", "card reader fault", CRITICAL),
			new ErrorCode("E402", "PIN pad keys missing: key injection needed", CRITICAL),
			new ErrorCode("E501", "tamper switch triggered: keys erased", CRITICAL),
			new ErrorCode("E601", "payment app restarted after a crash", INFO),
			new ErrorCode("E602", "payment app incompatible with the firmware", CRITICAL),
			new ErrorCode("E701", "signature capture failed: touch panel not responding", WARNING));

	private static final List<DiagnosisStep> STEPS = List.of(
			DiagnosisStep.of(POWER, "Does the terminal switch on when the power key is held for 3 seconds?",
					"Charge it for 30 minutes with the original charger, then try again; if the charge light stays"
							+ " off the battery or charger is faulty (service ticket).",
					"E101", "E102"),
			DiagnosisStep.of(SCREEN, "Does the screen show the payment app and react to touch?",
					"Hold power and volume-down for 10 seconds to force a restart; a touch panel that does not react"
							+ " also stops signature capture (service ticket).",
					"E701"),
			DiagnosisStep.of(NETWORK, "Does the status bar show 4G or Wi-Fi, and can the app's 'Test host' reach"
					+ " the payment host?",
					"Check the SIM is seated and has data, or reconnect to the shop's Wi-Fi; if the network is fine"
							+ " but the host is not, note the time for the acquirer's operations desk.",
					"E301", "E302"),
			DiagnosisStep.of(PRINTER, "Does a test slip print (Settings > Printer > Test)?",
					"Close the cover, load a 57 mm roll with the shiny side towards the head, let a hot head cool"
							+ " down for 5 minutes.",
					"E201", "E202", "E203"),
			DiagnosisStep.of(CARD_READER, "Is a test card read by chip and by tap?",
					"Clean the chip slot; if the app reports missing keys or a card reader fault the terminal must be"
							+ " swapped (service ticket, keys are injected at the depot).",
					"E401", "E402", "E501"),
			DiagnosisStep.of(RESTART, "After a full restart (Settings > Restart), does a test payment go through?",
					"Raise a service ticket with the model, serial number, symptom, when it started and the error"
							+ " codes shown; if the app reports an incompatible firmware, schedule a firmware update.",
					"E601", "E602"));

	public AcmeSmartDriver() {
		super(VENDOR, "Acme SmartPOS (illustrative vendor)", "JSON status documents (acme-smart/status/1)",
				MODELS, ERRORS, STEPS);
	}

	@Override
	public StatusReport decode(byte[] message) throws MalformedMessageException {
		return StatusDocument.read(message, this);
	}

	/** The printer step only for models with a printer. */
	@Override
	protected List<DiagnosisStep> diagnosisFor(ModelInfo model) {
		return STEPS.stream().filter(s -> s.area() != PRINTER || model.has(Capability.PRINTER)).toList();
	}

	@Override
	public byte[] encode(RemoteCommand command) throws UnsupportedCommandException {
		checkSupported(command);
		JsonObject json = new JsonObject();
		json.addProperty("schema", "acme-smart/command/1");
		json.addProperty("id", command.id());
		json.addProperty("serial", command.serialNumber());
		switch (command.type()) {
		case LOCK -> json.addProperty("command", "LOCK");
		case UNLOCK -> json.addProperty("command", "UNLOCK");
		case WIPE -> {
			json.addProperty("command", "WIPE");
			json.addProperty("factoryReset", true);
		}
		case REBOOT -> json.addProperty("command", "REBOOT");
		case SCREEN_MESSAGE -> {
			json.addProperty("command", "MESSAGE");
			json.addProperty("text", command.argument());
		}
		case FIRMWARE_UPDATE -> {
			json.addProperty("command", "FIRMWARE");
			json.addProperty("version", command.argument());
		}
		}
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}
}
