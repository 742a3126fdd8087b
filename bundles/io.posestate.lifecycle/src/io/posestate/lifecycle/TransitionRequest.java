package io.posestate.lifecycle;

import java.util.List;
import java.util.Objects;

import io.posestate.model.TerminalState;

/**
 * A request to move a terminal to another state.
 *
 * @param approver the second person where the transition needs one, else null
 * @param reason   why (required)
 */
public record TransitionRequest(String serialNumber, TerminalState to, String actor, String approver, String reason,
        List<EvidenceRef> evidence) {
    public TransitionRequest {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
