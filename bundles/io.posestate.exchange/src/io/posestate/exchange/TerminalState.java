package io.posestate.exchange;

/** Terminal lifecycle state as in terminals.csv. */
public enum TerminalState {
    IN_STOCK, SHIPPED, ACTIVE, SUSPENDED, IN_REPAIR, DEACTIVATION_REQUESTED, RETURNED, DECOMMISSIONED
}
