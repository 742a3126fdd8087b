package io.posestate.fleet;

import java.time.Clock;
import java.time.Duration;

/** Opens the fleet status of estate stores; an OSGi service. */
@org.osgi.annotation.versioning.ProviderType
public interface FleetStores {

	/**
	 * Opens the store and brings its {@code fleet} schema area up to date.
	 *
	 * @param location     a JDBC URL or folder, as for the registry; null for the default store
	 * @param clock        the time of receipts, alerts and commands
	 * @param offlineAfter silence after which a terminal is offline
	 * @throws io.posestate.store.StoreException naming the store when it cannot be opened or migrated
	 */
	FleetStore open(String location, Clock clock, Duration offlineAfter);

	/** With the system clock and the component's {@code offline.after} (24 h by default). */
	FleetStore open(String location);
}
