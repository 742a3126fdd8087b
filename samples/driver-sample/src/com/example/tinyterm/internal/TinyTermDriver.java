package com.example.tinyterm.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
 * Sample driver for the made-up "TinyTerm" terminal, whose status messages are {@code key=value} lines:
 *
 * <pre>
 * serial=TT-0001
 * time=2026-11-20T08:15:00Z
 * battery=80
 * error=T01
 * </pre>
 *
 * Its tables go to {@link AbstractTerminalDriver}; registering it as a {@link TerminalDriver} service is all it
 * takes: the workbench's driver registry finds it.
 */
@Component(service = TerminalDriver.class)
public final class TinyTermDriver extends AbstractTerminalDriver {
	private static final String VENDOR = "tinyterm";

	private static final List<ModelInfo> MODELS = List.of(ModelInfo.of("TT-1", "pocket terminal with Wi-Fi",
			Set.of(ConnectionType.WIFI), Capability.PIN_PAD, Capability.WIFI, Capability.REMOTE_LOCK));

	private static final List<ErrorCode> ERRORS = List.of(
			new ErrorCode("T01", "Wi-Fi not connected", ErrorCode.Severity.WARNING),
			new ErrorCode("T02", "keys erased", ErrorCode.Severity.CRITICAL));

	private static final List<DiagnosisStep> STEPS = List.of(
			DiagnosisStep.of(DiagnosisStep.Area.POWER, "Does it switch on?", "Charge it for an hour."),
			DiagnosisStep.of(DiagnosisStep.Area.NETWORK, "Is the Wi-Fi icon shown?", "Rejoin the shop's Wi-Fi.",
					"T01"),
			DiagnosisStep.of(DiagnosisStep.Area.RESTART, "Does a test payment work after a restart?",
					"Raise a service ticket with the error codes."));

	public TinyTermDriver() {
		super(VENDOR, "TinyTerm (sample plug-in)", "key=value lines", MODELS, ERRORS, STEPS);
	}

	@Override
	public StatusReport decode(byte[] message) throws MalformedMessageException {
		List<String> lines = new String(message, StandardCharsets.UTF_8).lines().toList();
		String serial = null;
		Instant time = null;
		for (int i = 0; i < lines.size(); i++) {
			String[] kv = lines.get(i).split("=", 2);
			if (kv[0].equals("serial") && kv.length == 2) {
				serial = kv[1];
			} else if (kv[0].equals("time") && kv.length == 2) {
				try {
					time = Instant.parse(kv[1]);
				} catch (DateTimeParseException e) {
					throw new MalformedMessageException(VENDOR, "line " + (i + 1), "time is not an ISO-8601 instant");
				}
			}
		}
		if (serial == null || time == null) {
			throw new MalformedMessageException(VENDOR, "the message", "serial= and time= lines are required");
		}
		StatusReport.Builder report = StatusReport.builder(serial, time).model("TT-1");
		for (int i = 0; i < lines.size(); i++) {
			String[] kv = lines.get(i).split("=", 2);
			if (kv.length != 2) {
				throw new MalformedMessageException(VENDOR, "line " + (i + 1), "expected key=value");
			}
			switch (kv[0]) {
			case "battery" -> {
				try {
					report.battery(Integer.parseInt(kv[1]), null);
				} catch (IllegalArgumentException e) {
					throw new MalformedMessageException(VENDOR, "line " + (i + 1), "battery must be 0-100");
				}
			}
			case "error" -> report.error(errorCode(kv[1]));
			default -> {
				// serial and time were read above; other keys are ignored
			}
			}
		}
		return report.build();
	}

	@Override
	public byte[] encode(RemoteCommand command) throws UnsupportedCommandException {
		checkSupported(command);
		String text = switch (command.type()) {
		case LOCK, UNLOCK, REBOOT -> command.type().name();
		default -> throw new UnsupportedCommandException(VENDOR + " cannot " + command.type().label());
		};
		return (text + " " + command.id() + "\n").getBytes(StandardCharsets.US_ASCII);
	}
}
