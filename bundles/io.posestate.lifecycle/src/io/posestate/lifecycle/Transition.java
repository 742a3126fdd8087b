package io.posestate.lifecycle;

import java.util.List;

import io.posestate.model.TerminalState;

/**
 * One allowed terminal state change: the evidence kinds it needs and whether a second person (a supervisor who is
 * not the actor) must approve it.
 */
public record Transition(TerminalState from, TerminalState to, List<String> requiredEvidence,
        boolean secondApprover, String meaning) {
    public Transition {
        requiredEvidence = List.copyOf(requiredEvidence);
    }
}
