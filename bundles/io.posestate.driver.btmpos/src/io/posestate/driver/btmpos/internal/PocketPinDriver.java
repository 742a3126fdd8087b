package io.posestate.driver.btmpos.internal;

import static io.posestate.driver.DiagnosisStep.Area.CARD_READER;
import static io.posestate.driver.DiagnosisStep.Area.LINK;
import static io.posestate.driver.DiagnosisStep.Area.NETWORK;
import static io.posestate.driver.DiagnosisStep.Area.POWER;
import static io.posestate.driver.DiagnosisStep.Area.RESTART;
import static io.posestate.driver.DiagnosisStep.Area.SCREEN;
import static io.posestate.driver.ErrorCode.Severity.CRITICAL;
import static io.posestate.driver.ErrorCode.Severity.INFO;
import static io.posestate.driver.ErrorCode.Severity.WARNING;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

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
 * Driver for "PocketPin", an illustrative Bluetooth mPOS vendor (not a real company's format): a card reader with
 * PIN pad paired to the merchant's phone, whose app relays compact binary TLV frames ({@link Frame},
 * {@link StatusFrameReader}) to the host.
 */
@Component(service = TerminalDriver.class)
public final class PocketPinDriver extends AbstractTerminalDriver {
	static final String VENDOR = "pocketpin";

	/** Model codes in tag 0x02 of a status frame. */
	static final Map<Integer, String> MODEL_CODES = Map.of(0x0A, "PP-M10", 0x14, "PP-M20");

	/** Display limit of both models. */
	static final int SCREEN_TEXT_MAX = 32;

	private static final List<ModelInfo> MODELS = List.of(
			ModelInfo.of("PP-M10", "Bluetooth card reader with PIN pad; signature on the phone app",
					Set.of(ConnectionType.BLUETOOTH), Capability.PIN_PAD, Capability.BLUETOOTH,
					Capability.SIGNATURE_CAPTURE, Capability.REMOTE_LOCK),
			ModelInfo.of("PP-M20", "Bluetooth card reader with PIN pad and e-ink display, over-the-air updates",
					Set.of(ConnectionType.BLUETOOTH), Capability.PIN_PAD, Capability.BLUETOOTH,
					Capability.SIGNATURE_CAPTURE, Capability.REMOTE_LOCK, Capability.REMOTE_WIPE,
					Capability.FIRMWARE_UPDATE));

	private static final List<ErrorCode> ERRORS = List.of(
			new ErrorCode("0x0101", "battery low (below 10 %)", WARNING),
			new ErrorCode("0x0102", "battery too hot: charging stopped", WARNING),
			new ErrorCode("0x0201", "Bluetooth link to the phone lost", WARNING),
			new ErrorCode("0x0202", "phone app too old for this firmware", CRITICAL),
			new ErrorCode("0x0203", "pairing refused: already paired to another phone", WARNING),
			new ErrorCode("0x0301", "chip reader fault", CRITICAL),
			new ErrorCode("0x0302", "contactless antenna fault", WARNING),
			new ErrorCode("0x0401", "security keys erased after a tamper event", CRITICAL),
			new ErrorCode("0x0402", "PIN encryption key missing", CRITICAL),
			new ErrorCode("0x0501", "firmware update failed and was rolled back", INFO));

	private static final List<DiagnosisStep> STEPS = List.of(
			DiagnosisStep.of(POWER, "Does the reader's LED light when the button is pressed for 2 seconds?",
					"Charge it for an hour with a USB cable; a reader that gets hot while charging must be replaced.",
					"0x0101", "0x0102"),
			DiagnosisStep.of(SCREEN, "Does the reader's display (PP-M20) or LED show 'ready' when the app opens"
					+ " a payment?", "Close and reopen the payment app; update it if the store offers a new version.",
					"0x0202"),
			DiagnosisStep.of(LINK, "Is Bluetooth on in the phone, and does the app show the reader as connected?",
					"Keep the phone within 2 m; remove the reader from the phone's Bluetooth list and pair again from"
							+ " the app. A reader paired to another phone must be unpaired there first.",
					"0x0201", "0x0203"),
			DiagnosisStep.of(NETWORK, "Does the phone have mobile data or Wi-Fi (open any web page)?",
					"The reader reaches the host through the phone: fix the phone's connection, or use another phone"
							+ " with the app."),
			DiagnosisStep.of(CARD_READER, "Is a test card read by chip and by tap?",
					"Clean the chip slot; keys erased or missing mean the reader must be swapped (service ticket).",
					"0x0301", "0x0302", "0x0401", "0x0402"),
			DiagnosisStep.of(RESTART, "After switching the reader off (hold 10 s) and on, does a test payment go"
					+ " through?", "Raise a service ticket with model, serial number, symptom, when it started, the"
							+ " phone model and the error codes shown in the app.",
					"0x0501"));

	public PocketPinDriver() {
		super(VENDOR, "PocketPin mPOS (illustrative vendor)",
				"binary TLV frames with CRC-16, relayed by the paired phone", MODELS, ERRORS, STEPS);
	}

	@Override
	public StatusReport decode(byte[] message) throws MalformedMessageException {
		return StatusFrameReader.read(message, this);
	}

	/**
	 * A command frame (type 'C'): 0x01 serial, 0x20 opcode (1 lock, 2 unlock, 3 wipe, 4 reboot, 5 display text,
	 * 6 firmware update), 0x21 command id (uint32), 0x22 display text (printable ASCII, at most 32 characters),
	 * 0x23 firmware version (ASCII).
	 */
	@Override
	public byte[] encode(RemoteCommand command) throws UnsupportedCommandException {
		checkSupported(command);
		int opcode = switch (command.type()) {
		case LOCK -> 1;
		case UNLOCK -> 2;
		case WIPE -> 3;
		case REBOOT -> 4;
		case SCREEN_MESSAGE -> 5;
		case FIRMWARE_UPDATE -> 6;
		};
		Frame.Writer frame = new Frame.Writer(Frame.COMMAND)
				.ascii(0x01, asciiArgument(command.serialNumber(), 64, "serial number"))
				.item(0x20, new byte[] { (byte) opcode }).uint32(0x21, command.id());
		switch (command.type()) {
		case SCREEN_MESSAGE -> frame.ascii(0x22, asciiArgument(command.argument(), SCREEN_TEXT_MAX, "screen text"));
		case FIRMWARE_UPDATE -> frame.ascii(0x23, asciiArgument(command.argument(), 32, "firmware version"));
		default -> {
			// no argument
		}
		}
		return frame.toBytes();
	}

	private static String asciiArgument(String value, int max, String what) throws UnsupportedCommandException {
		if (value.length() > max) {
			throw new UnsupportedCommandException(VENDOR + " " + what + " is at most " + max + " characters, this one "
					+ value.length());
		}
		if (!StandardCharsets.US_ASCII.newEncoder().canEncode(value) || value.chars().anyMatch(c -> c < 0x20)) {
			throw new UnsupportedCommandException(VENDOR + " " + what + " must be printable ASCII: \"" + value + "\"");
		}
		return value;
	}
}
