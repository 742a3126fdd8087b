package io.posestate.driver.ui.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.posestate.driver.ErrorCode.Severity;
import io.posestate.driver.RemoteCommand;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.FleetTerminal;
import io.posestate.fleet.RemoteCommands;
import io.posestate.fleet.StoredAlert;
import io.posestate.registry.api.EstateRegistry;

/** What the Fleet view shows, read from the store in one go (offline alerts brought up to date first). */
record FleetData(String location, List<FleetTerminal> terminals, List<StoredAlert> alerts,
		Map<String, Integer> pending) {

	static FleetData load(FleetStores stores, EstateRegistry registry) {
		try (FleetStore store = EstateFleet.open(stores, registry)) {
			store.sweep();
			List<FleetTerminal> terminals = store.terminals();
			Map<String, Integer> pending = new HashMap<>();
			for (FleetTerminal t : terminals) {
				pending.put(key(t), store.pending(t.vendorId(), t.serialNumber()).size());
			}
			return new FleetData(store.location(), terminals, store.alerts(null, false), pending);
		}
	}

	/** The worst open alert of a terminal. */
	Optional<Severity> worst(FleetTerminal t) {
		return alerts.stream().filter(a -> a.alert().vendorId().equals(t.vendorId())
				&& a.alert().serialNumber().equals(t.serialNumber())).map(a -> a.alert().severity())
				.max(Enum::compareTo);
	}

	int pending(FleetTerminal t) {
		return pending.getOrDefault(key(t), 0);
	}

	/** The commands the terminal's driver can send to its model, as installed now. */
	static List<RemoteCommand.Type> supported(RemoteCommands commands, FleetTerminal t) {
		if (t.model() == null) {
			return List.of();
		}
		return Arrays.stream(RemoteCommand.Type.values())
				.filter(type -> commands.canSend(t.vendorId(), t.model(), type)).toList();
	}

	private static String key(FleetTerminal t) {
		return t.vendorId() + '\u0000' + t.serialNumber();
	}
}
