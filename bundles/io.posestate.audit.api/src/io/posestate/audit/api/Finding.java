package io.posestate.audit.api;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of findings.csv. Absent values are null: serialNumber for merchant rules, merchantNo for
 * UNKNOWN_TERMINAL or an unbound terminal, count/firstTime/lastTime where the rule counts no transactions.
 * firstTime and lastTime keep the offset of the transaction they come from.
 */
public record Finding(String rule, Severity severity, String serialNumber, String merchantNo, Long count,
        OffsetDateTime firstTime, OffsetDateTime lastTime, String detail) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        if ((count == null) != (firstTime == null) || (firstTime == null) != (lastTime == null)) {
            throw new IllegalArgumentException("count, firstTime and lastTime are given together or not at all");
        }
    }

    /** A finding that counts no transactions. */
    public static Finding of(String rule, Severity severity, String serialNumber, String merchantNo,
            String detail) {
        return new Finding(rule, severity, serialNumber, merchantNo, null, null, null, detail);
    }
}
