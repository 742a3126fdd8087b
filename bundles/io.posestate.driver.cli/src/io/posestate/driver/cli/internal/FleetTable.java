package io.posestate.driver.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.UsageException;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.StatusReport;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetTerminal;
import io.posestate.fleet.TerminalStatus;

/** The terminal table and option parsing the fleet commands share. */
final class FleetTable {
	private static final String ROW = "%-10s %-20s %-8s %-20s %-8s %-7s %-6s %-6s %s%n";

	private FleetTable() {
	}

	static void print(PrintStream out, List<FleetTerminal> terminals) {
		out.printf(ROW, "VENDOR", "SERIAL", "MODEL", "LAST SEEN", "BATTERY", "SIGNAL", "PAPER", "TAMPER", "ERRORS");
		for (FleetTerminal t : terminals) {
			out.printf(ROW, t.vendorId(), t.serialNumber(), t.modelName().orElse(""), t.lastSeen(),
					percent(t.batteryPercent()), percent(t.signalPercent()), paper(t.paper()),
					t.tampered() ? "YES" : "no", String.join(" ", t.errors().stream().map(ErrorCode::code).toList()));
		}
	}

	/** The in-memory monitor's view in the same shape. */
	static FleetTerminal of(TerminalStatus s) {
		StatusReport r = s.lastReport();
		return new FleetTerminal(s.vendorId(), s.serialNumber(), r.model().orElse(null), s.lastSeen(), s.lastSeen(),
				r.batteryPercent().isPresent() ? r.batteryPercent().getAsInt() : null, r.charging().orElse(null),
				r.signalPercent().isPresent() ? r.signalPercent().getAsInt() : null, r.paper(), r.pairing(),
				r.tampered(), r.firmware().orElse(null), r.errors(), s.messages());
	}

	static String percent(Integer value) {
		return value != null ? value + " %" : "-";
	}

	private static String paper(StatusReport.PaperState paper) {
		return paper == StatusReport.PaperState.NOT_REPORTED ? "-" : paper.name();
	}

	/** @return {@code --offline-after}, or the fleet's default silence before an OFFLINE alert */
	static Duration offlineAfter(Args args) {
		return duration("offline-after", args.get("offline-after", FleetMonitor.DEFAULT_OFFLINE_AFTER.toString()));
	}

	static Duration duration(String option, String text) {
		try {
			Duration d = Duration.parse(text);
			if (d.isNegative() || d.isZero()) {
				throw new UsageException("--" + option + " must be positive, not " + text);
			}
			return d;
		} catch (DateTimeParseException e) {
			throw new UsageException("--" + option + " takes an ISO-8601 duration like PT24H or P2D, not \"" + text
					+ "\"");
		}
	}
}
