package io.posestate.fleet;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.posestate.driver.MalformedMessageException;

/**
 * Keeps the latest status of every terminal that reported, and raises alerts from it. A terminal's "last seen" is
 * the time of its newest report (capped at the time it was received, so a terminal's clock running fast does not
 * hide it going silent).
 */
@org.osgi.annotation.versioning.ProviderType
public interface FleetMonitor {

	/** Default silence before a terminal is reported offline; the component property {@code offline.after}. */
	Duration DEFAULT_OFFLINE_AFTER = Duration.ofHours(24);

	/**
	 * Decodes one message with the vendor's driver and records it; the commands it acknowledges stop being pending.
	 *
	 * @throws UnknownVendorException    when no installed driver has that vendor id
	 * @throws MalformedMessageException when the driver rejects the message
	 */
	TerminalStatus ingest(String vendorId, byte[] message, Instant receivedAt)
			throws UnknownVendorException, MalformedMessageException;

	/** Every terminal that reported, by vendor and serial number. */
	List<TerminalStatus> terminals();

	Optional<TerminalStatus> terminal(String vendorId, String serialNumber);

	/** Alerts as of {@code now}, with the configured offline threshold; CRITICAL first. */
	List<FleetAlert> alerts(Instant now);

	/** Alerts as of {@code now}, with the given offline threshold. */
	List<FleetAlert> alerts(Instant now, Duration offlineAfter);

	/** Forgets every terminal (a new simulation, a test). */
	void clear();

	/**
	 * Starts receiving messages over HTTP on the loopback interface: {@code POST /status/<vendor-id>} with the raw
	 * message as the body. Answers 202 when recorded, 400 with the reason when malformed, 404 for an unknown vendor.
	 * Terminals fetch their pending commands ({@link RemoteCommands}) with {@code GET /commands/<vendor-id>/<serial>}.
	 *
	 * @param port 0 for any free port
	 */
	IngestEndpoint listen(int port) throws IOException;

	/**
	 * As {@link #listen(int)}, but each decoded message is recorded in the store ({@link FleetStore#record}), in
	 * batches: messages arriving together are written in one transaction, and each is answered 202 only once it is
	 * committed. Re-delivered messages are answered 202 too and recorded once. Terminals fetch their pending
	 * commands from the store. The receipt time is the store's clock.
	 */
	IngestEndpoint listen(int port, FleetStore store) throws IOException;
}
