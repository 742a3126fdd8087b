package io.posestate.fleet.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.driver.DriverRegistry;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.store.Store;
import io.posestate.store.StoreLocation;

/** Opens fleet stores; the default offline threshold is the component property {@code offline.after}. */
@Component(service = FleetStores.class, property = "offline.after=PT24H")
public final class FleetStoresImpl implements FleetStores {

	@Reference
	private DriverRegistry drivers;

	private Duration offlineAfter = FleetMonitor.DEFAULT_OFFLINE_AFTER;

	@Activate
	void activate(Map<String, Object> properties) {
		Object value = properties.get("offline.after");
		if (value != null) {
			offlineAfter = Conditions.parseOfflineAfter(value);
		}
	}

	@Override
	public FleetStore open(String location, Clock clock, Duration offlineAfter) {
		if (offlineAfter.isNegative() || offlineAfter.isZero()) {
			throw new IllegalArgumentException("the offline threshold must be positive, not " + offlineAfter);
		}
		Store store = Store.open(StoreLocation.parse(location));
		try {
			store.migrateArea(JdbcFleetStore.AREA, FleetStoresImpl.class);
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
		return new JdbcFleetStore(store, drivers, clock, offlineAfter);
	}

	@Override
	public FleetStore open(String location) {
		return open(location, Clock.systemUTC(), offlineAfter);
	}
}
