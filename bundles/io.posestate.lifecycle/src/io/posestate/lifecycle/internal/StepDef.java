package io.posestate.lifecycle.internal;

import java.util.List;

import io.posestate.lifecycle.model.Scenario;

/**
 * One step of a scenario's workflow: the evidence kinds and named values it requires and whether a second person
 * approves it. The steps of each scenario are done in the order listed in {@link #of(Scenario)}.
 */
record StepDef(String kind, String title, List<String> evidence, List<String> values, boolean approval) {
    /** Kind prefix of the S4 diagnosis checks (generic, or one per step of the terminal driver's diagnosis). */
    static final String CHECK = "CHECK_";

    /** A diagnosis check: its {@code result} (OK, FAULT, NOT_APPLICABLE) is required. */
    static StepDef check(String kind, String title) {
        return step(kind, title, List.of(), List.of("result"));
    }

    static StepDef step(String kind, String title, List<String> evidence, List<String> values) {
        return new StepDef(kind, title, evidence, values, false);
    }

    static StepDef approved(String kind, String title, List<String> evidence, List<String> values) {
        return new StepDef(kind, title, evidence, values, true);
    }

    /** @return the workflow of a scenario (scenarios.md) */
    static List<StepDef> of(Scenario scenario) {
        return switch (scenario) {
            case S1 -> List.of(
                    step("VERIFY_CAUSE", "Verify the cause: account binding or device fault", List.of("CAUSE_CHECK"),
                            List.of("cause")),
                    step("CONTACT_MERCHANT", "Reach the merchant through a backup contact", List.of("CONTACT_RECORD"),
                            List.of()),
                    step("UNBIND_OLD", "Unbind the cancelled number", List.of("UNBIND_RECORD"), List.of()),
                    step("SEND_CODE", "Send a one-time code to the NEW number", List.of(), List.of("new_phone")),
                    step("CONFIRM_CODE", "Bind the new number: the merchant confirms the code", List.of(),
                            List.of("code")),
                    step("UPDATE_TERMINALS", "Update the terminal records", List.of(), List.of()),
                    step("CHECK_DEVICE", "Check the device itself", List.of("DEVICE_CHECK"), List.of()));
            case S2 -> List.of(
                    approved("REQUEST_ALERT", "Request the stop-use alert (a supervisor approves)", List.of(),
                            List.of()),
                    step("SEND_ALERT", "Send the alert to the merchant (terminal suspended unless maintenance)",
                            List.of(), List.of()),
                    step("DELIVERY_RECEIPT", "Record the delivery receipt", List.of("DELIVERY_RECEIPT"),
                            List.of("receipt")));
            case S3 -> List.of(
                    step("RECORD_REASON", "Record the reason", List.of(), List.of()),
                    step("DATA_BACKUP", "Back up or migrate the terminal's data", List.of("DATA_BACKUP"), List.of()),
                    approved("WIPE", "Wipe the device (confirmed; a second person approves)",
                            List.of("WIPE_CONFIRMATION"), List.of()),
                    step("DEACTIVATION_REQUEST", "Submit the deactivation request", List.of(), List.of()),
                    approved("ACQUIRER_APPROVAL", "The acquirer approves the deactivation (a second person)",
                            List.of(), List.of()),
                    step("DEVICE_RETURNED", "Device returned to a collection point", List.of("RETURN_RECEIPT"),
                            List.of("receiver", "place", "received_at")),
                    step("DEACTIVATION_CONFIRMED", "Deactivation confirmed", List.of("DEACTIVATION_CONFIRMATION"),
                            List.of()),
                    step("STAKEHOLDERS_NOTIFIED", "Stakeholders notified", List.of("NOTIFICATION_RECORD"),
                            List.of()));
            case S4 -> List.of(
                    check("CHECK_POWER", "Diagnose: power (battery, charger, power button)"),
                    check("CHECK_SCREEN", "Diagnose: screen and keys"),
                    check("CHECK_LINK", "Diagnose: link to the phone or host (Bluetooth pairing or cable)"),
                    check("CHECK_NETWORK", "Diagnose: network (SIM, Wi-Fi, signal, host reachable)"),
                    check("CHECK_RESTART", "Diagnose: restart and retry a test transaction"),
                    step("SERVICE_TICKET", "Service ticket: model, serial, symptom, since, contact, error codes",
                            List.of(), List.of()),
                    step("TRIAGE", "Sort the transactions caught in the outage", List.of(), List.of("transactions")),
                    step("RESOLVE", "Resolution: cause and fix (feeds the knowledge base)", List.of(),
                            List.of("cause", "fix")));
            case S5 -> List.of(
                    step("COLLECT_AFFECTED", "Affected terminals and transactions from the audit findings",
                            List.of(), List.of("findings", "transactions")),
                    step("AFTER_SALES", "After-sales: model, time, place, transaction records; cause",
                            List.of("AFTER_SALES_RECORD"), List.of("cause")),
                    step("FIX", "Fix applied", List.of("FIX_RECORD"), List.of("fixed_at")),
                    step("VERIFY", "Verify: signed slips again, no missing or duplicate signature since the fix",
                            List.of("SIGNED_SLIP"), List.of("after_fix_transactions")),
                    step("INCIDENT_REPORT", "Incident report", List.of(),
                            List.of("description", "investigation", "fix_assessment", "prevention")));
        };
    }
}
