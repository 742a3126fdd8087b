package io.posestate.fleet;

import java.time.Clock;
import java.time.Duration;

import io.posestate.store.Store;

/** Opens the fleet status of estate stores; an OSGi service. */
@org.osgi.annotation.versioning.ProviderType
public interface FleetStores {

	/**
	 * Opens the store and brings its {@code fleet} schema area up to date (migrated once per store location in a
	 * process).
	 *
	 * @param location     a JDBC URL or folder, as for the registry; null for the default store
	 * @param clock        the time of receipts, alerts and commands
	 * @param offlineAfter silence after which a terminal is offline
	 * @throws io.posestate.store.StoreException naming the store when it cannot be opened or migrated
	 */
	FleetStore open(String location, Clock clock, Duration offlineAfter);

	/** With the system clock and the component's {@code offline.after} (24 h by default). */
	FleetStore open(String location);

	/**
	 * The fleet status in a store that is already open (e.g. the one under an estate registry, see
	 * {@link io.posestate.store.backed.StoreBacked}), with no new connection to it: the way to reach the store of an
	 * open estate, whose printable location has its password masked. Closing the fleet store leaves the store open.
	 *
	 * @throws io.posestate.store.StoreException naming the store when its {@code fleet} area cannot be migrated
	 */
	FleetStore open(Store store, Clock clock, Duration offlineAfter);

	/** With the system clock and the component's {@code offline.after} (24 h by default). */
	FleetStore open(Store store);
}
