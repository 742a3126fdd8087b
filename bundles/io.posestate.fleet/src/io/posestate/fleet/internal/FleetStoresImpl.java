package io.posestate.fleet.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.driver.DriverRegistry;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.store.Store;
import io.posestate.store.StoreException;
import io.posestate.store.StoreLocation;

/**
 * Opens fleet stores; the default offline threshold is the component property {@code offline.after}. The
 * {@code fleet} area is migrated with Flyway once per store location in this process: later opens only check, in one
 * query, that the area's history still ends at the version migrated to (a store that was deleted, recreated or
 * restored since is migrated again).
 */
@Component(service = FleetStores.class, property = "offline.after=PT24H")
public final class FleetStoresImpl implements FleetStores {

	/** Flyway's history table of the area, as Flyway names it (quoted, lower case). */
	private static final String HISTORY = "\"flyway_history_" + JdbcFleetStore.AREA + "\"";

	@Reference
	private DriverRegistry drivers;

	private Duration offlineAfter = FleetMonitor.DEFAULT_OFFLINE_AFTER;

	/** The area version each store location was migrated to by this process. */
	private final Map<StoreLocation, String> migrated = new ConcurrentHashMap<>();

	/** Flyway runs of this component (tests compare it before and after opening). */
	final LongAdder flywayRuns = new LongAdder();

	@Activate
	void activate(Map<String, Object> properties) {
		Object value = properties.get("offline.after");
		if (value != null) {
			offlineAfter = Conditions.parseOfflineAfter(value);
		}
	}

	@Override
	public FleetStore open(String location, Clock clock, Duration offlineAfter) {
		checkThreshold(offlineAfter);
		Store store = Store.open(StoreLocation.parse(location));
		try {
			migrate(store);
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
		return new JdbcFleetStore(store, true, drivers, clock, offlineAfter);
	}

	@Override
	public FleetStore open(String location) {
		return open(location, Clock.systemUTC(), offlineAfter);
	}

	@Override
	public FleetStore open(Store store, Clock clock, Duration offlineAfter) {
		Objects.requireNonNull(store, "store");
		checkThreshold(offlineAfter);
		migrate(store);
		return new JdbcFleetStore(store, false, drivers, clock, offlineAfter);
	}

	@Override
	public FleetStore open(Store store) {
		return open(store, Clock.systemUTC(), offlineAfter);
	}

	/** Migrates the fleet area unless this process already did and the store still has that version. */
	void migrate(Store store) {
		String version = migrated.get(store.location());
		if (version != null && version.equals(currentVersion(store))) {
			return;
		}
		flywayRuns.increment();
		migrated.put(store.location(), store.migrateArea(JdbcFleetStore.AREA, FleetStoresImpl.class));
	}

	/** The newest version in the area's history, or null when the store has none (e.g. it was recreated). */
	private static String currentVersion(Store store) {
		try {
			return store.read(c -> {
				try (PreparedStatement ps = c.prepareStatement("SELECT \"version\" FROM " + HISTORY
						+ " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC");
						ResultSet rs = ps.executeQuery()) {
					return rs.next() ? rs.getString(1) : null;
				} catch (SQLException e) {
					return null; // no history table
				}
			});
		} catch (StoreException e) {
			return null;
		}
	}

	private static void checkThreshold(Duration offlineAfter) {
		if (offlineAfter.isNegative() || offlineAfter.isZero()) {
			throw new IllegalArgumentException("the offline threshold must be positive, not " + offlineAfter);
		}
	}
}
