package io.posestate.fleet.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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
import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.StatusReport;
import io.posestate.driver.TerminalDriver;
import io.posestate.fleet.FleetAlert;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.IngestEndpoint;
import io.posestate.fleet.RemoteCommands;
import io.posestate.fleet.TerminalStatus;
import io.posestate.fleet.UnknownVendorException;

/** In-memory fleet monitor; the offline threshold is the component property {@code offline.after} (ISO-8601). */
@Component(service = FleetMonitor.class, property = "offline.after=PT24H")
public final class FleetMonitorImpl implements FleetMonitor {
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
			offlineAfter = Conditions.parseOfflineAfter(value);
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
			Conditions.offline(t.vendorId(), t.serialNumber(), t.lastSeen(), now, offlineAfter).ifPresent(alerts::add);
			alerts.addAll(Conditions.of(t.vendorId(), t.serialNumber(), r.tampered(), r.errors(),
					r.batteryPercent().isPresent() ? r.batteryPercent().getAsInt() : null, r.charging().orElse(null)));
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
		return new HttpIngest(HttpIngest.inMemory(this, commands), port);
	}

	@Override
	public IngestEndpoint listen(int port, FleetStore store) throws IOException {
		return new HttpIngest(HttpIngest.intoStore(drivers, store), port);
	}

	private static String key(String vendorId, String serialNumber) {
		return vendorId.toLowerCase(Locale.ROOT) + '\u0000' + serialNumber;
	}
}
