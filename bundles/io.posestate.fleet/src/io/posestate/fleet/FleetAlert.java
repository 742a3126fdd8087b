package io.posestate.fleet;

import java.util.Objects;

import io.posestate.driver.ErrorCode.Severity;

/**
 * Something about a terminal that needs attention.
 *
 * @param vendorId     the terminal's vendor
 * @param serialNumber the terminal
 * @param kind         what kind of problem
 * @param severity     CRITICAL for tamper and critical error codes
 * @param message      what is wrong, for people
 */
public record FleetAlert(String vendorId, String serialNumber, Kind kind, Severity severity, String message) {

	/** Kinds of fleet alert. */
	public enum Kind {
		/** Silent for longer than the offline threshold. */
		OFFLINE,
		/** The terminal reports tampering. */
		TAMPER,
		/** The terminal reports an error code of WARNING or CRITICAL severity. */
		ERROR,
		/** Battery below 10 % and not charging. */
		BATTERY_LOW
	}

	public FleetAlert {
		Objects.requireNonNull(vendorId, "vendorId");
		Objects.requireNonNull(serialNumber, "serialNumber");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	@Override
	public String toString() {
		return severity + " " + kind + " " + vendorId + " " + serialNumber + ": " + message;
	}
}
