package io.posestate.driver.countertop.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.StatusReport;
import io.posestate.driver.StatusReport.PaperState;
import io.posestate.driver.TerminalDriver;

/**
 * Reads a Ledgerline status message: printable ASCII lines ended by CRLF or LF. The first line is an 80-column status
 * record; acknowledgement lines may follow. Columns are 1-based, as in the vendor's manual:
 *
 * <pre>
 * ST record                                    AK record (one per acknowledged command)
 * 1-2    "ST"                                  1-2    "AK"
 * 3-18   serial number, left-aligned           3-12   command id, 10 digits
 * 19-26  model, left-aligned
 * 27-40  time, yyyyMMddHHmmss UTC
 * 41     power: M mains, B backup battery
 * 42-44  battery %, 3 digits, or "---" without a battery
 * 45     paper: O ok, L low, E empty
 * 46     tamper: 0 or 1
 * 47     link: D dial-up, E Ethernet, G cellular
 * 48     cellular signal bars 0-5, '-' on a wired link
 * 49-60  firmware version, left-aligned
 * 61-80  error codes: up to five 4-character codes, blank-padded
 * </pre>
 *
 * Trailing blanks may have been trimmed by the host's spooler, so an ST line of 60-80 columns is padded to 80.
 */
final class StatusLines {
	static final int WIDTH = 80;
	private static final int MIN_WIDTH = 60;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

	private final TerminalDriver driver;
	private int lineNo;
	private String line;

	private StatusLines(TerminalDriver driver) {
		this.driver = driver;
	}

	static StatusReport read(byte[] message, TerminalDriver driver) throws MalformedMessageException {
		return new StatusLines(driver).read(message);
	}

	private StatusReport read(byte[] message) throws MalformedMessageException {
		for (int i = 0; i < message.length; i++) {
			int b = message[i] & 0xFF;
			if ((b < 0x20 || b > 0x7E) && b != '\r' && b != '\n') {
				throw new MalformedMessageException(driver.vendorId(), "offset " + i,
						String.format("byte 0x%02X is not printable ASCII", b));
			}
		}
		List<String> lines = new String(message, StandardCharsets.US_ASCII).lines().toList();
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			lineNo = 1;
			line = "";
			throw malformed(1, "the message is empty: a status line (ST) comes first");
		}
		StatusReport.Builder report = status(lines.get(0));
		for (int i = 1; i < lines.size(); i++) {
			lineNo = i + 1;
			line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			if (!line.startsWith("AK")) {
				throw malformed(1, "expected an acknowledgement line (AK) after the status line, found \""
						+ field(1, Math.min(2, line.length())) + "\"");
			}
			if (line.length() < 12) {
				throw malformed(3, "an AK line carries a 10-digit command id in columns 3-12");
			}
			long id = number(3, 12, "command id");
			if (id == 0) {
				throw malformed(3, "command id 0 is not valid");
			}
			report.acknowledged(id);
		}
		return report.build();
	}

	private StatusReport.Builder status(String first) throws MalformedMessageException {
		lineNo = 1;
		line = first;
		if (!line.startsWith("ST")) {
			throw malformed(1, "a message starts with a status line (ST), found \"" + field(1, Math.min(2, line.length()))
					+ "\"");
		}
		if (line.length() < MIN_WIDTH || line.length() > WIDTH) {
			throw malformed(line.length(), "a status line has " + WIDTH + " columns, this one " + line.length());
		}
		line = String.format("%-" + WIDTH + "s", line);

		String serial = field(3, 18).strip();
		if (serial.isEmpty()) {
			throw malformed(3, "serial number (columns 3-18) is blank");
		}
		String time = field(27, 40);
		LocalDateTime at;
		try {
			at = LocalDateTime.parse(time, TIME);
		} catch (DateTimeParseException e) {
			throw malformed(27, "time \"" + time + "\" is not yyyyMMddHHmmss");
		}
		StatusReport.Builder report = StatusReport.builder(serial, at.toInstant(ZoneOffset.UTC));
		String model = field(19, 26).strip();
		report.model(model.isEmpty() ? null : model);

		char power = line.charAt(40);
		if (power != 'M' && power != 'B') {
			throw malformed(41, "power must be M (mains) or B (backup battery), found '" + power + "'");
		}
		String battery = field(42, 44);
		if (!battery.equals("---")) {
			int percent = (int) number(42, 44, "battery %");
			if (percent > 100) {
				throw malformed(42, "battery " + percent + " % is over 100");
			}
			report.battery(percent, power == 'M');
		}
		report.paper(switch (line.charAt(44)) {
		case 'O' -> PaperState.OK;
		case 'L' -> PaperState.LOW;
		case 'E' -> PaperState.OUT;
		default -> throw malformed(45, "paper must be O, L or E, found '" + line.charAt(44) + "'");
		});
		report.tampered(switch (line.charAt(45)) {
		case '0' -> false;
		case '1' -> true;
		default -> throw malformed(46, "tamper must be 0 or 1, found '" + line.charAt(45) + "'");
		});
		char link = line.charAt(46);
		char bars = line.charAt(47);
		switch (link) {
		case 'G' -> {
			if (bars < '0' || bars > '5') {
				throw malformed(48, "signal bars on a cellular link must be 0-5, found '" + bars + "'");
			}
			report.signal((bars - '0') * 20);
		}
		case 'D', 'E' -> {
			if (bars != '-') {
				throw malformed(48, "a wired link (" + link + ") has no signal bars: expected '-', found '" + bars
						+ "'");
			}
		}
		default -> throw malformed(47, "link must be D, E or G, found '" + link + "'");
		}
		String firmware = field(49, 60).strip();
		report.firmware(firmware.isEmpty() ? null : firmware);
		for (int col = 61; col <= 77; col += 4) {
			String code = field(col, col + 3);
			if (code.isBlank()) {
				continue;
			}
			if (!code.matches("[A-Z][0-9]{3}")) {
				throw malformed(col, "error code \"" + code + "\" is not a letter and 3 digits");
			}
			report.error(driver.errorCode(code));
		}
		return report;
	}

	/** Columns {@code from}..{@code to}, 1-based and inclusive, of the current line. */
	private String field(int from, int to) {
		return line.substring(from - 1, to);
	}

	private long number(int from, int to, String what) throws MalformedMessageException {
		String digits = field(from, to);
		if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw malformed(from, what + " (columns " + from + "-" + to + ") must be digits, found \"" + digits + "\"");
		}
		return Long.parseLong(digits);
	}

	private MalformedMessageException malformed(int column, String reason) {
		return new MalformedMessageException(driver.vendorId(), "line " + lineNo + ", column " + column, reason);
	}
}
