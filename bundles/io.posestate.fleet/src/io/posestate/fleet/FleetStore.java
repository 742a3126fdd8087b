package io.posestate.fleet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.posestate.driver.RemoteCommand;
import io.posestate.driver.StatusReport;
import io.posestate.driver.UnsupportedCommandException;

/**
 * Fleet status kept in an estate store (schema area {@code fleet}): each terminal's latest status, alerts with the
 * time they were raised and closed, and remote commands pending until the terminal acknowledges them. Opened by
 * {@link FleetStores}; the time comes from its {@link Clock}. Thread-safe; close it to release the database.
 * <p>
 * Alerts: OFFLINE when a terminal has been silent longer than {@link #offlineAfter()}, CRITICAL TAMPER when its
 * newest report says tampered, ERROR for its WARNING or CRITICAL error codes, BATTERY_LOW; one open alert per
 * terminal and kind, closed when the condition clears.
 */
@org.osgi.annotation.versioning.ProviderType
public interface FleetStore extends AutoCloseable {

	/** One message as received and decoded by its vendor's driver. */
	record Received(String vendorId, byte[] message, StatusReport report, Instant receivedAt) {
		public Received {
			Objects.requireNonNull(vendorId, "vendorId");
			Objects.requireNonNull(message, "message");
			Objects.requireNonNull(report, "report");
			Objects.requireNonNull(receivedAt, "receivedAt");
		}
	}

	/**
	 * What recording did.
	 *
	 * @param recorded     messages new to the store
	 * @param duplicates   messages it already held (re-delivered), ignored
	 * @param acknowledged commands that stopped being pending
	 * @param opened       alerts raised
	 * @param closed       alerts closed
	 */
	record Changes(int recorded, int duplicates, int acknowledged, List<StoredAlert> opened,
			List<StoredAlert> closed) {
		public Changes {
			opened = List.copyOf(opened);
			closed = List.copyOf(closed);
		}
	}

	/**
	 * Records a batch of messages in one transaction: a message already recorded (same vendor, serial number and
	 * bytes) is ignored, a late one counts but does not replace a newer status, acknowledged commands stop being
	 * pending, and the alerts of the terminals concerned are raised or closed as of the clock's time.
	 */
	Changes record(List<Received> batch);

	/** Raises OFFLINE alerts for terminals silent longer than the threshold as of now, closes the others. */
	Changes sweep();

	List<FleetTerminal> terminals();

	Optional<FleetTerminal> terminal(String vendorId, String serialNumber);

	/**
	 * @param serialNumber only this terminal's alerts; null for all
	 * @param includeClosed also the alerts that were closed
	 * @return CRITICAL first, then by the time they were raised
	 */
	List<StoredAlert> alerts(String serialNumber, boolean includeClosed);

	/**
	 * Encodes a command with the vendor's driver and records it as pending, with a fresh id from a sequence: unique
	 * also when several processes issue commands at once (ids may skip numbers).
	 *
	 * @param actor who sends it
	 * @throws UnknownVendorException      no installed driver for the vendor
	 * @throws UnsupportedCommandException the model is unknown or cannot do it
	 */
	RemoteCommands.Issued issue(String vendorId, String serialNumber, String model, RemoteCommand.Type type,
			String argument, String actor) throws UnknownVendorException, UnsupportedCommandException;

	Optional<RemoteCommands.Issued> command(long id);

	/** A terminal's commands still waiting for acknowledgement, oldest first. */
	List<RemoteCommands.Issued> pending(String vendorId, String serialNumber);

	Clock clock();

	/** Silence after which a terminal is offline. */
	Duration offlineAfter();

	/** Where the store is (password masked). */
	String location();

	@Override
	void close();
}
