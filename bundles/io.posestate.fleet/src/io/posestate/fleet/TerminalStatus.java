package io.posestate.fleet;

import java.time.Instant;
import java.util.Objects;

import io.posestate.driver.StatusReport;

/**
 * A terminal's latest known status.
 *
 * @param vendorId   the driver that decoded it
 * @param lastSeen   the time of the newest report, capped at its receipt
 * @param lastReport the newest report
 * @param messages   how many messages were received from it
 */
public record TerminalStatus(String vendorId, Instant lastSeen, StatusReport lastReport, long messages) {

	public TerminalStatus {
		Objects.requireNonNull(vendorId, "vendorId");
		Objects.requireNonNull(lastSeen, "lastSeen");
		Objects.requireNonNull(lastReport, "lastReport");
	}

	public String serialNumber() {
		return lastReport.serialNumber();
	}
}
