package io.posestate.lifecycle.fleet.internal;

import java.time.Instant;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.driver.DriverRegistry;
import io.posestate.driver.RemoteCommand;
import io.posestate.driver.UnsupportedCommandException;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.RemoteCommands;
import io.posestate.fleet.UnknownVendorException;
import io.posestate.lifecycle.DeviceCommands;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.model.Capability;

/**
 * The lifecycle's remote lock and wipe through the terminal drivers and the fleet: a command is encoded by the
 * vendor's driver and kept pending in the store's fleet area; the terminal fetches it from the fleet ingest
 * endpoint and acknowledges it in a status message. Offered only while a driver registry and the fleet are
 * installed; which models qualify follows the installed drivers.
 */
@Component(service = DeviceCommands.class)
public final class FleetDeviceCommands implements DeviceCommands {

	@Reference
	private DriverRegistry drivers;

	@Reference
	private FleetStores stores;

	@Override
	public boolean supports(String vendor, String model, Action action) {
		return vendor != null && model != null && drivers.supports(vendor, model, capability(action));
	}

	@Override
	public Sent send(String storeLocation, String vendor, String serialNumber, String model, Action action,
			String actor) {
		try (FleetStore store = stores.open(storeLocation)) {
			RemoteCommands.Issued issued = store.issue(vendor, serialNumber, model, type(action), null, actor);
			long id = issued.command().id();
			return new Sent(Long.toString(id), issued.issuedAt(), issued.vendorId() + " driver, command " + id + " ("
					+ action.name().toLowerCase(java.util.Locale.ROOT) + ")");
		} catch (UnknownVendorException | UnsupportedCommandException e) {
			throw new LifecycleException("Cannot " + action + " terminal " + serialNumber + " remotely: "
					+ e.getMessage() + "; give the evidence by hand", e);
		}
	}

	@Override
	public Optional<Instant> acknowledged(String storeLocation, String reference) {
		long id;
		try {
			id = Long.parseLong(reference);
		} catch (NumberFormatException e) {
			throw new LifecycleException("Not a fleet command reference: \"" + reference + "\"", e);
		}
		try (FleetStore store = stores.open(storeLocation)) {
			RemoteCommands.Issued issued = store.command(id).orElseThrow(() -> new LifecycleException(
					"No fleet command " + id + " in store " + store.location()));
			return Optional.ofNullable(issued.acknowledgedAt());
		}
	}

	private static Capability capability(Action action) {
		return action == Action.LOCK ? Capability.REMOTE_LOCK : Capability.REMOTE_WIPE;
	}

	private static RemoteCommand.Type type(Action action) {
		return action == Action.LOCK ? RemoteCommand.Type.LOCK : RemoteCommand.Type.WIPE;
	}
}
