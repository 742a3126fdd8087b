package io.posestate.driver.ui.internal;

import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.store.backed.StoreBacked;

/**
 * The fleet status of the estate open in the workbench, read through the registry's own open store: its printable
 * location has the password masked, so reconnecting by it would fail for a store with a password.
 */
final class EstateFleet {

	private EstateFleet() {
	}

	/** The fleet store on the registry's store; closing it leaves the registry open. */
	static FleetStore open(FleetStores stores, EstateRegistry registry) {
		if (registry instanceof StoreBacked backed) {
			return stores.open(backed.store());
		}
		throw new IllegalStateException("the estate registry of " + registry.location()
				+ " does not give access to its store, so it has no fleet status");
	}
}
