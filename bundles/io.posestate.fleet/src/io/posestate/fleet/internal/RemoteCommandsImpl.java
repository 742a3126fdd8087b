package io.posestate.fleet.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.driver.DriverRegistry;
import io.posestate.driver.RemoteCommand;
import io.posestate.driver.TerminalDriver;
import io.posestate.driver.UnsupportedCommandException;
import io.posestate.fleet.RemoteCommands;
import io.posestate.fleet.UnknownVendorException;

/** In-memory command book; ids start from the time of activation so they do not repeat across restarts soon. */
@Component(service = RemoteCommands.class)
public final class RemoteCommandsImpl implements RemoteCommands {

	@Reference
	private DriverRegistry drivers;

	private final Map<Long, Issued> commands = new ConcurrentHashMap<>();
	private final AtomicLong nextId = new AtomicLong(1 + (System.currentTimeMillis() / 1000) % 1_000_000_000L);

	@Override
	public boolean canSend(String vendorId, String model, RemoteCommand.Type type) {
		return drivers.model(vendorId, model)
				.map(m -> type.requiredCapability() == null || m.has(type.requiredCapability())).orElse(false);
	}

	@Override
	public Issued issue(String vendorId, String serialNumber, String model, RemoteCommand.Type type, String argument,
			Instant now) throws UnknownVendorException, UnsupportedCommandException {
		TerminalDriver driver = drivers.driver(vendorId).orElseThrow(() -> new UnknownVendorException(vendorId));
		RemoteCommand command = new RemoteCommand(nextId.getAndIncrement(), type, serialNumber, model, argument);
		Issued issued = new Issued(driver.vendorId(), command, driver.encode(command), now, null);
		commands.put(command.id(), issued);
		return issued;
	}

	@Override
	public void acknowledge(String vendorId, String serialNumber, List<Long> commandIds, Instant at) {
		for (long id : commandIds) {
			commands.computeIfPresent(id, (k, c) -> c.pending() && c.vendorId().equalsIgnoreCase(vendorId)
					&& c.command().serialNumber().equals(serialNumber)
							? new Issued(c.vendorId(), c.command(), c.encoded(), c.issuedAt(), at)
							: c);
		}
	}

	@Override
	public Optional<Issued> command(long id) {
		return Optional.ofNullable(commands.get(id));
	}

	@Override
	public List<Issued> pending(String vendorId, String serialNumber) {
		return commands.values().stream()
				.filter(c -> c.pending() && c.vendorId().equalsIgnoreCase(vendorId)
						&& c.command().serialNumber().equals(serialNumber))
				.sorted(Comparator.comparingLong(c -> c.command().id())).toList();
	}
}
