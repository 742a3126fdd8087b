package io.posestate.driver.countertop.internal;

import static io.posestate.driver.DiagnosisStep.Area.CARD_READER;
import static io.posestate.driver.DiagnosisStep.Area.LINK;
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
 * Driver for "Ledgerline", an illustrative legacy countertop vendor (not a real company's format): status arrives as
 * fixed-width ASCII lines ({@link StatusLines}); commands go out as one 80-column CM line. No model can be wiped
 * remotely, so a decommissioning asks for manual evidence.
 */
@Component(service = TerminalDriver.class)
public final class LedgerlineDriver extends AbstractTerminalDriver {
	static final String VENDOR = "ledgerline";

	/** Width of the argument field of a CM line. */
	static final int ARGUMENT_WIDTH = 40;

	private static final List<ModelInfo> MODELS = List.of(
			ModelInfo.of("LL-900", "countertop with dial-up modem and Ethernet, thermal printer",
					Set.of(ConnectionType.DIALUP, ConnectionType.ETHERNET), Capability.PIN_PAD, Capability.PRINTER,
					Capability.FIRMWARE_UPDATE),
			ModelInfo.of("LL-950G", "countertop with GPRS modem and Ethernet, thermal printer, remote lock",
					Set.of(ConnectionType.CELLULAR, ConnectionType.ETHERNET), Capability.PIN_PAD, Capability.PRINTER,
					Capability.CELLULAR, Capability.REMOTE_LOCK, Capability.FIRMWARE_UPDATE));

	private static final List<ErrorCode> ERRORS = List.of(
			new ErrorCode("P001", "printer out of paper", WARNING),
			new ErrorCode("P002", "printer mechanism jammed", WARNING),
			new ErrorCode("M001", "modem: no dial tone on the phone line", CRITICAL),
			new ErrorCode("M002", "modem: host did not answer", WARNING),
			new ErrorCode("M003", "GPRS: not registered on the network", CRITICAL),
			new ErrorCode("N001", "Ethernet link down", CRITICAL),
			new ErrorCode("K010", "PIN pad keys missing: key injection needed", CRITICAL),
			new ErrorCode("K020", "tamper detected: keys erased", CRITICAL),
			new ErrorCode("C001", "card reader fault", CRITICAL),
			new ErrorCode("S001", "transaction memory almost full: settle the batch", WARNING),
			new ErrorCode("S002", "clock battery low: date may reset", INFO));

	private static final List<DiagnosisStep> STEPS = List.of(
			DiagnosisStep.of(POWER, "Is the power adapter's light on and the adapter plugged into the terminal's"
					+ " POWER socket?", "Try another wall socket; an adapter without light must be replaced."),
			DiagnosisStep.of(SCREEN, "Does the screen show the idle message (date and time)?",
					"Switch off at the wall for 30 seconds; a blank screen with power on needs a service ticket.",
					"S002"),
			DiagnosisStep.of(LINK, "Is the host cable in the right socket: the phone line in LINE (LL-900) or the"
					+ " network cable in ETH, with the port's light on?",
					"Reseat the cable; try the shop's phone handset on the same line for a dial tone.", "M001",
					"N001"),
			DiagnosisStep.of(NETWORK, "Does the terminal's 'Test host' (Menu 9-2) connect?",
					"For dial-up, check the line is not barred from the host's number; for GPRS, move the terminal"
							+ " near a window and check the SIM. Note the time for the operations desk.",
					"M002", "M003"),
			DiagnosisStep.of(PRINTER, "Does Menu 9-4 print a test slip?",
					"Load a 57 mm thermal roll shiny side up and close the cover firmly; clear jammed paper.", "P001",
					"P002"),
			DiagnosisStep.of(CARD_READER, "Is a test card read by chip and by swipe?",
					"Clean the reader; missing keys or a tamper message mean the terminal must be swapped.", "C001",
					"K010", "K020"),
			DiagnosisStep.of(RESTART, "After a restart (Menu 9-9) and a batch settlement, does a test sale go"
					+ " through?", "Raise a service ticket with model, serial number, symptom, when it started and the"
							+ " codes on the last status slip (Menu 9-1).",
					"S001"));

	public LedgerlineDriver() {
		super(VENDOR, "Ledgerline countertop (illustrative vendor)", "fixed-width 80-column ASCII status lines",
				MODELS, ERRORS, STEPS);
	}

	@Override
	public StatusReport decode(byte[] message) throws MalformedMessageException {
		return StatusLines.read(message, this);
	}

	/**
	 * One CM line, CRLF-terminated: columns 1-2 "CM", 3-6 operation (LOCK, UNLK, BOOT, MESG, FWUP), 7-16 command id
	 * (10 digits), 17-32 serial number, 33-72 argument (message text or firmware version, printable ASCII), 73-80
	 * blank.
	 */
	@Override
	public byte[] encode(RemoteCommand command) throws UnsupportedCommandException {
		checkSupported(command);
		String op = switch (command.type()) {
		case LOCK -> "LOCK";
		case UNLOCK -> "UNLK";
		case REBOOT -> "BOOT";
		case SCREEN_MESSAGE -> "MESG";
		case FIRMWARE_UPDATE -> "FWUP";
		case WIPE -> throw new UnsupportedCommandException(VENDOR + " terminals cannot be wiped remotely");
		};
		String serial = printable(command.serialNumber(), 16, "serial number");
		String argument = command.argument() == null ? "" : printable(command.argument(), ARGUMENT_WIDTH, "argument");
		String line = String.format("CM%s%010d%-16s%-" + ARGUMENT_WIDTH + "s%8s\r\n", op, command.id(), serial,
				argument, "");
		return line.getBytes(StandardCharsets.US_ASCII);
	}

	private static String printable(String value, int width, String what) throws UnsupportedCommandException {
		if (value.length() > width) {
			throw new UnsupportedCommandException(VENDOR + " " + what + " fits " + width + " columns, \"" + value
					+ "\" has " + value.length());
		}
		if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
			throw new UnsupportedCommandException(VENDOR + " " + what + " must be printable ASCII: \"" + value + "\"");
		}
		return value;
	}
}
