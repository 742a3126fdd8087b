package io.posestate.exchange;

import java.time.LocalDate;

/** One row of terminals.csv; absent optional values (merchantNo, deployedRegion, activatedAt...) are null. */
public record TerminalRow(String serialNumber, String vendor, String model, ConnectionType connection,
        String firmware, String merchantNo, TerminalState state, String deployedRegion, LocalDate activatedAt) {
}
