package io.posestate.fleet;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.posestate.driver.ErrorCode;
import io.posestate.driver.StatusReport.PairingState;
import io.posestate.driver.StatusReport.PaperState;

/**
 * A terminal's latest status as kept in the store ({@link FleetStore}).
 *
 * @param vendorId       the driver that decoded it
 * @param serialNumber   the terminal
 * @param model          the model its messages name, or null
 * @param lastSeen       the time of the newest report, capped at its receipt
 * @param lastReceived   when the newest message arrived
 * @param batteryPercent 0-100, or null when not reported
 * @param charging       null when not reported
 * @param signalPercent  0-100, or null when not reported
 * @param errors         the errors of the newest report, with their meanings
 * @param messages       how many distinct messages were recorded (re-deliveries not counted)
 */
public record FleetTerminal(String vendorId, String serialNumber, String model, Instant lastSeen,
		Instant lastReceived, Integer batteryPercent, Boolean charging, Integer signalPercent, PaperState paper,
		PairingState pairing, boolean tampered, String firmware, List<ErrorCode> errors, long messages) {

	public FleetTerminal {
		Objects.requireNonNull(vendorId, "vendorId");
		Objects.requireNonNull(serialNumber, "serialNumber");
		Objects.requireNonNull(lastSeen, "lastSeen");
		Objects.requireNonNull(paper, "paper");
		Objects.requireNonNull(pairing, "pairing");
		errors = List.copyOf(errors);
	}

	public Optional<String> modelName() {
		return Optional.ofNullable(model);
	}
}
