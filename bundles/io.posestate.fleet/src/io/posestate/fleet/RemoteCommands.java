package io.posestate.fleet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.posestate.driver.RemoteCommand;
import io.posestate.driver.UnsupportedCommandException;

/**
 * Remote commands to terminals, pending until the terminal acknowledges them in a status message. What the
 * driver-aware lifecycle uses for its lock and wipe steps: {@link #canSend} says whether the model can do it
 * remotely (otherwise the step asks for manual evidence), {@link #issue} encodes the command in the vendor's
 * format, and the command stays pending until the fleet monitor ingests a status that acknowledges its id.
 * Terminals fetch their pending commands from the ingest endpoint: {@code GET /commands/<vendor-id>/<serial>}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface RemoteCommands {

	/**
	 * A command sent to a terminal.
	 *
	 * @param vendorId       the driver that encoded it
	 * @param command        what was asked
	 * @param encoded        the bytes in the vendor's format
	 * @param issuedAt       when it was issued
	 * @param acknowledgedAt when the terminal acknowledged it; null while pending
	 */
	record Issued(String vendorId, RemoteCommand command, byte[] encoded, Instant issuedAt, Instant acknowledgedAt) {
		public boolean pending() {
			return acknowledgedAt == null;
		}
	}

	/** Whether an installed driver knows the model and the model can carry out this command remotely. */
	boolean canSend(String vendorId, String model, RemoteCommand.Type type);

	/**
	 * Encodes a command with the vendor's driver and records it as pending, with a fresh id.
	 *
	 * @param argument the screen text or firmware version, null for the other commands
	 * @throws UnknownVendorException      no installed driver for the vendor
	 * @throws UnsupportedCommandException the model is unknown or cannot do it: ask for manual evidence instead
	 */
	Issued issue(String vendorId, String serialNumber, String model, RemoteCommand.Type type, String argument,
			Instant now) throws UnknownVendorException, UnsupportedCommandException;

	/** Records acknowledgements a terminal reported; ids this terminal was not sent are ignored. */
	void acknowledge(String vendorId, String serialNumber, List<Long> commandIds, Instant at);

	/** The command with that id. */
	Optional<Issued> command(long id);

	/** A terminal's commands still waiting for acknowledgement, oldest first. */
	List<Issued> pending(String vendorId, String serialNumber);
}
