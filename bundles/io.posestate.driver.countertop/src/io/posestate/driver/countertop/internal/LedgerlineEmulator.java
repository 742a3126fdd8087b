package io.posestate.driver.countertop.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.osgi.service.component.annotations.Component;

import io.posestate.driver.ErrorCode;
import io.posestate.driver.StatusReport;
import io.posestate.driver.TerminalEmulator;

/** Writes Ledgerline status messages: one ST line and an AK line per acknowledged command (see {@link StatusLines}). */
@Component(service = TerminalEmulator.class)
public final class LedgerlineEmulator implements TerminalEmulator {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC);

	@Override
	public String vendorId() {
		return LedgerlineDriver.VENDOR;
	}

	@Override
	public byte[] statusMessage(StatusReport r) {
		if (r.errors().size() > 5) {
			throw new IllegalArgumentException("a ledgerline status line carries at most 5 error codes");
		}
		StringBuilder line = new StringBuilder("ST");
		line.append(fit(r.serialNumber(), 16)).append(fit(r.model().orElse(""), 8)).append(TIME.format(r.timestamp()));
		line.append(r.charging().orElse(true) ? 'M' : 'B');
		line.append(r.batteryPercent().isPresent() ? String.format("%03d", r.batteryPercent().getAsInt()) : "---");
		line.append(switch (r.paper()) {
		case LOW -> 'L';
		case OUT -> 'E';
		default -> 'O';
		});
		line.append(r.tampered() ? '1' : '0');
		if (r.signalPercent().isPresent()) {
			line.append('G').append((char) ('0' + Math.round(r.signalPercent().getAsInt() / 20f)));
		} else {
			line.append(r.model().map("LL-900"::equalsIgnoreCase).orElse(true) ? "D-" : "E-");
		}
		line.append(fit(r.firmware().orElse(""), 12));
		StringBuilder codes = new StringBuilder();
		for (ErrorCode e : r.errors()) {
			codes.append(fit(e.code(), 4));
		}
		line.append(fit(codes.toString(), 20)).append("\r\n");
		for (long id : r.acknowledgedCommands()) {
			line.append(String.format("AK%010d\r\n", id));
		}
		return line.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static String fit(String value, int width) {
		if (value.length() > width) {
			throw new IllegalArgumentException("\"" + value + "\" does not fit the " + width + "-column field");
		}
		return String.format("%-" + width + "s", value);
	}
}
