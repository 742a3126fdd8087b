package io.posestate.lifecycle;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import io.posestate.lifecycle.model.Scenario;

/**
 * What a new case is about.
 *
 * @param serialNumber the terminal (S2-S4; for S5 and S1 optional)
 * @param merchantNo   the merchant (S1; else taken from the terminal)
 * @param cause        S1: the cancelled phone; S2: TERMINAL_ABNORMAL, SETTLEMENT_ACCOUNT_ABNORMAL, TAMPERED,
 *                     RELOCATED, SUSPECTED_FRAUD, RISK_CONTROL or MAINTENANCE_DUE;
 *                     S3: REPLACEMENT, BUSINESS_CHANGE, DEVICE_FAULT or POLICY; S4: the symptom; S5: free text
 * @param due          due date, or null for the scenario's default
 * @param values       extra named values, e.g. {@code since} (S4), {@code finding} (S2), {@code replacement} (S3)
 */
public record OpenRequest(Scenario scenario, String serialNumber, String merchantNo, String cause, String assignee,
        LocalDate due, Map<String, String> values) {
    public OpenRequest {
        Objects.requireNonNull(scenario, "scenario");
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
