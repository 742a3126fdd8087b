package io.posestate.lifecycle;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Remote lock and wipe of terminals, as the lifecycle's S3 decommissioning uses them: a port the lifecycle defines
 * and a bridge bundle implements (with a terminal driver's remote commands), registered as an OSGi service. With
 * none installed, or for a model that cannot do it, the steps ask for manual evidence instead.
 */
@ConsumerType
public interface DeviceCommands {

	/** What the lifecycle asks a terminal to do. */
	enum Action {
		/** Stop taking payments. */
		LOCK,
		/** Erase keys and data. */
		WIPE
	}

	/**
	 * A command on its way to a terminal.
	 *
	 * @param reference what to ask {@link #acknowledged} about later
	 * @param sentAt    when it was sent
	 * @param via       who carries it, for people (e.g. "pocketpin driver, command 17")
	 */
	record Sent(String reference, Instant sentAt, String via) {
	}

	/** Whether an installed driver knows the vendor's model and the model can do it remotely. */
	boolean supports(String vendor, String model, Action action);

	/**
	 * Sends the command to the terminal; it stays pending until the terminal acknowledges it.
	 *
	 * @param storeLocation the estate store the lifecycle works on (commands are kept there)
	 * @throws LifecycleException when it cannot be sent (no driver for the model any more, store unreachable)
	 */
	Sent send(String storeLocation, String vendor, String serialNumber, String model, Action action, String actor);

	/** When the terminal acknowledged the command; empty while it is pending. */
	Optional<Instant> acknowledged(String storeLocation, String reference);
}
