package io.posestate.lifecycle;

/** What a person may do. Nobody approves their own request, whatever their role. */
public enum Role {
    /** Opens cases, records steps, requests state changes. */
    ANALYST,
    /** As an analyst, and approves what a second person must approve. */
    SUPERVISOR,
    /** Reads cases, reports and the audit trail; changes nothing. */
    AUDITOR;

    /** @return whether this role may change anything */
    public boolean mayAct() {
        return this != AUDITOR;
    }

    /** @return whether this role may approve another person's request */
    public boolean mayApprove() {
        return this == SUPERVISOR;
    }
}
