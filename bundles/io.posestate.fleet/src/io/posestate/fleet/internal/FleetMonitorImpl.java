package io.posestate.fleet.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.driver.DriverRegistry;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.ErrorCode.Severity;
import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.StatusReport;
import io.posestate.driver.TerminalDriver;
import io.posestate.fleet.FleetAlert;
import io.posestate.fleet.FleetAlert.Kind;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.IngestEndpoint;
import io.posestate.fleet.RemoteCommands;
import io.posestate.fleet.TerminalStatus;
import io.posestate.fleet.UnknownVendorException;

/** In-memory fleet monitor; the offline threshold is the component property {@code offline.after} (ISO-8601). */
@Component(service = FleetMonitor.class, property = "offline.after=PT24H")
public final class FleetMonitorImpl implements FleetMonitor {
	static final int LOW_BATTERY_PERCENT = 10;

	@Reference
	private DriverRegistry drivers;

	@Reference
	private RemoteCommands commands;

	private final Map<String, TerminalStatus> terminals = new ConcurrentHashMap<>();
	private Duration offlineAfter = DEFAULT_OFFLINE_AFTER;

	@Activate
	void activate(Map<String, Object> properties) {
		Object value = properties.get("offline.after");
		if (value != null) {
			try {
				offlineAfter = Duration.parse(value.toString());
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("offline.after must be an ISO-8601 duration like PT24H, not \""
						+ value + "\"", e);
			}
		}
	}

	@Override
	public TerminalStatus ingest(String vendorId, byte[] message, Instant receivedAt)
			throws UnknownVendorException, MalformedMessageException {
		TerminalDriver driver = drivers.driver(vendorId).orElseThrow(() -> new UnknownVendorException(vendorId));
		StatusReport report = driver.decode(message);
		Instant seen = report.timestamp().isAfter(receivedAt) ? receivedAt : report.timestamp();
		String vendor = driver.vendorId();
		commands.acknowledge(vendor, report.serialNumber(), report.acknowledgedCommands(), receivedAt);
		return terminals.compute(key(vendor, report.serialNumber()), (k, old) -> {
			if (old == null) {
				return new TerminalStatus(vendor, seen, report, 1);
			}
			// A late message still counts, but never replaces a newer status.
			return seen.isBefore(old.lastSeen()) ? new TerminalStatus(vendor, old.lastSeen(), old.lastReport(),
					old.messages() + 1) : new TerminalStatus(vendor, seen, report, old.messages() + 1);
		});
	}

	@Override
	public List<TerminalStatus> terminals() {
		return terminals.values().stream()
				.sorted(Comparator.comparing(TerminalStatus::vendorId).thenComparing(TerminalStatus::serialNumber))
				.toList();
	}

	@Override
	public Optional<TerminalStatus> terminal(String vendorId, String serialNumber) {
		return Optional.ofNullable(terminals.get(key(vendorId, serialNumber)));
	}

	@Override
	public List<FleetAlert> alerts(Instant now) {
		return alerts(now, offlineAfter);
	}

	@Override
	public List<FleetAlert> alerts(Instant now, Duration offlineAfter) {
		List<FleetAlert> alerts = new ArrayList<>();
		for (TerminalStatus t : terminals()) {
			StatusReport r = t.lastReport();
			Duration silent = Duration.between(t.lastSeen(), now);
			if (silent.compareTo(offlineAfter) > 0) {
				alerts.add(alert(t, Kind.OFFLINE, Severity.WARNING, "silent for " + hours(silent) + " (last seen "
						+ t.lastSeen() + "; threshold " + hours(offlineAfter) + ")"));
			}
			if (r.tampered()) {
				alerts.add(alert(t, Kind.TAMPER, Severity.CRITICAL,
						"tamper reported: take the terminal out of service and recover it"));
			}
			for (ErrorCode e : r.errors()) {
				if (e.severity() != Severity.INFO) {
					alerts.add(alert(t, Kind.ERROR, e.severity(), e.code() + " " + e.meaning()));
				}
			}
			if (r.batteryPercent().isPresent() && r.batteryPercent().getAsInt() < LOW_BATTERY_PERCENT
					&& !r.charging().orElse(false)) {
				alerts.add(alert(t, Kind.BATTERY_LOW, Severity.WARNING,
						"battery " + r.batteryPercent().getAsInt() + " % and not charging"));
			}
		}
		alerts.sort(Comparator.comparing(FleetAlert::severity).reversed());
		return alerts;
	}

	@Override
	public void clear() {
		terminals.clear();
	}

	@Override
	public IngestEndpoint listen(int port) throws IOException {
		return new HttpIngest(this, commands, port);
	}

	private static FleetAlert alert(TerminalStatus t, Kind kind, Severity severity, String message) {
		return new FleetAlert(t.vendorId(), t.serialNumber(), kind, severity, message);
	}

	private static String hours(Duration d) {
		return d.toHours() + " h" + (d.toMinutesPart() == 0 ? "" : " " + d.toMinutesPart() + " min");
	}

	private static String key(String vendorId, String serialNumber) {
		return vendorId.toLowerCase(Locale.ROOT) + '\u0000' + serialNumber;
	}
}
