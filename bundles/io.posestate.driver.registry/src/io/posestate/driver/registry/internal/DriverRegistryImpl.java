package io.posestate.driver.registry.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.posestate.driver.DriverRegistry;
import io.posestate.driver.ModelInfo;
import io.posestate.driver.TerminalDriver;
import io.posestate.model.Capability;

/**
 * Tracks every {@link TerminalDriver} service as it comes and goes (dynamic, greedy, multiple reference). For a
 * vendor id claimed by several drivers, the highest service ranking wins, then the oldest service.
 */
@Component(service = DriverRegistry.class)
public final class DriverRegistryImpl implements DriverRegistry {

	/** A driver with what decides between drivers of the same vendor. */
	private record Entry(TerminalDriver driver, int ranking, long serviceId) {
		String vendor() {
			return key(driver.vendorId());
		}
	}

	private static final Comparator<Entry> PREFERRED = Comparator.comparingInt(Entry::ranking).reversed()
			.thenComparingLong(Entry::serviceId);

	private final List<Entry> entries = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	void addDriver(TerminalDriver driver, Map<String, Object> properties) {
		Object ranking = properties.get(Constants.SERVICE_RANKING);
		Object id = properties.get(Constants.SERVICE_ID);
		entries.add(new Entry(driver, ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : Long.MAX_VALUE));
	}

	void removeDriver(TerminalDriver driver) {
		entries.removeIf(e -> e.driver() == driver);
	}

	@Override
	public List<TerminalDriver> drivers() {
		Map<String, Entry> best = new TreeMap<>();
		for (Entry e : entries) {
			best.merge(e.vendor(), e, (a, b) -> PREFERRED.compare(a, b) <= 0 ? a : b);
		}
		return best.values().stream().map(Entry::driver).toList();
	}

	@Override
	public Optional<TerminalDriver> driver(String vendorId) {
		if (vendorId == null) {
			return Optional.empty();
		}
		String key = key(vendorId);
		return entries.stream().filter(e -> e.vendor().equals(key)).sorted(PREFERRED).map(Entry::driver).findFirst();
	}

	@Override
	public Optional<TerminalDriver> driverFor(String vendorId, String model) {
		return driver(vendorId).filter(d -> model != null && d.model(model).isPresent());
	}

	@Override
	public Optional<ModelInfo> model(String vendorId, String model) {
		return driverFor(vendorId, model).flatMap(d -> d.model(model));
	}

	@Override
	public Set<Capability> capabilities(String vendorId, String model) {
		return model(vendorId, model).map(ModelInfo::capabilities).orElse(Set.of());
	}

	private static String key(String vendorId) {
		return vendorId.trim().toLowerCase(Locale.ROOT);
	}
}
