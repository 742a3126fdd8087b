package io.posestate.lifecycle;

import java.util.List;

/** The result of checking the audit trail's hash chain: each problem names the event and what is wrong. */
public record AuditVerification(long events, List<String> problems) {
    public AuditVerification {
        problems = List.copyOf(problems);
    }

    /** @return whether no event was edited, reordered or deleted */
    public boolean intact() {
        return problems.isEmpty();
    }
}
