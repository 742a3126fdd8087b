package io.posestate.driver;

/**
 * Writes status messages the way a vendor's terminals send them, for the fleet simulator, demos and round-trip
 * tests. A driver bundle may register one next to its {@link TerminalDriver}; for any report it accepts,
 * {@code driver.decode(emulator.statusMessage(report))} gives the report back (signal levels to the precision of the
 * wire format).
 */
@org.osgi.annotation.versioning.ConsumerType
public interface TerminalEmulator {

	/** The vendor whose format it writes: the same id as its driver's. */
	String vendorId();

	/**
	 * The message a terminal would send to report this status.
	 *
	 * @throws IllegalArgumentException when the report cannot be expressed in the format (e.g. an unknown model)
	 */
	byte[] statusMessage(StatusReport report);
}
