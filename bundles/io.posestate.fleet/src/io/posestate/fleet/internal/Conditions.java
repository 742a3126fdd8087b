package io.posestate.fleet.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.posestate.driver.ErrorCode;
import io.posestate.driver.ErrorCode.Severity;
import io.posestate.fleet.FleetAlert;
import io.posestate.fleet.FleetAlert.Kind;

/** What makes a terminal's status alarming: the one rule set of the in-memory monitor and the store. */
final class Conditions {
	static final int LOW_BATTERY_PERCENT = 10;

	private Conditions() {
	}

	/** The alerts a terminal's newest status calls for (all kinds but OFFLINE); one per kind. */
	static List<FleetAlert> of(String vendorId, String serial, boolean tampered, List<ErrorCode> errors,
			Integer battery, Boolean charging) {
		List<FleetAlert> alerts = new ArrayList<>();
		if (tampered) {
			alerts.add(new FleetAlert(vendorId, serial, Kind.TAMPER, Severity.CRITICAL,
					"tamper reported: take the terminal out of service and recover it"));
		}
		List<ErrorCode> bad = errors.stream().filter(e -> e.severity() != Severity.INFO).toList();
		if (!bad.isEmpty()) {
			Severity worst = bad.stream().map(ErrorCode::severity).max(Comparator.naturalOrder()).orElseThrow();
			alerts.add(new FleetAlert(vendorId, serial, Kind.ERROR, worst,
					bad.stream().map(e -> e.code() + " " + e.meaning()).collect(Collectors.joining("; "))));
		}
		if (battery != null && battery < LOW_BATTERY_PERCENT && !Boolean.TRUE.equals(charging)) {
			alerts.add(new FleetAlert(vendorId, serial, Kind.BATTERY_LOW, Severity.WARNING,
					"battery " + battery + " % and not charging"));
		}
		return alerts;
	}

	/** The OFFLINE alert when the terminal was last seen longer than {@code offlineAfter} before {@code now}. */
	static Optional<FleetAlert> offline(String vendorId, String serial, Instant lastSeen, Instant now,
			Duration offlineAfter) {
		Duration silent = Duration.between(lastSeen, now);
		if (silent.compareTo(offlineAfter) <= 0) {
			return Optional.empty();
		}
		return Optional.of(new FleetAlert(vendorId, serial, Kind.OFFLINE, Severity.WARNING, "silent for "
				+ hours(silent) + " (last seen " + lastSeen + "; threshold " + hours(offlineAfter) + ")"));
	}

	static Duration parseOfflineAfter(Object value) {
		try {
			Duration d = Duration.parse(value.toString());
			if (d.isNegative() || d.isZero()) {
				throw new IllegalArgumentException("offline.after must be positive, not " + value);
			}
			return d;
		} catch (java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException("offline.after must be an ISO-8601 duration like PT24H, not \""
					+ value + "\"", e);
		}
	}

	private static String hours(Duration d) {
		return d.toHours() + " h" + (d.toMinutesPart() == 0 ? "" : " " + d.toMinutesPart() + " min");
	}
}
