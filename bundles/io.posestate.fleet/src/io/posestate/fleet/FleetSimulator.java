package io.posestate.fleet;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.posestate.driver.StatusReport;

/**
 * Simulates a demo fleet: terminals of every installed vendor that has a
 * {@link io.posestate.driver.TerminalEmulator}, whose status messages are sent in the vendor's format to an
 * {@link IngestEndpoint}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface FleetSimulator {

	/** One status message a simulated terminal sends. */
	record Message(String vendorId, StatusReport report) {
	}

	/** What the endpoint answered: how many were accepted, and "serial: status reason" for the others. */
	record Result(int accepted, List<String> rejected) {
	}

	/**
	 * The latest message of each terminal of a demo fleet, reproducible from the seed: most terminals healthy and
	 * seen minutes before {@code now}; some with low battery, paper or warnings; every seventh silent for 30 hours;
	 * the fourth one tampered.
	 */
	List<Message> demoFleet(int size, long seed, Instant now);

	/**
	 * Each simulated terminal asks the endpoint for its oldest pending command ({@code GET
	 * commands/<vendor>/<serial>}), carries it out and acknowledges it in its status: the messages with those
	 * acknowledgements added.
	 */
	List<Message> fetchCommands(URI endpoint, List<Message> messages) throws IOException, InterruptedException;

	/** Posts each message in its vendor's format to {@code <endpoint>status/<vendor-id>}. */
	Result send(URI endpoint, List<Message> messages) throws IOException, InterruptedException;
}
