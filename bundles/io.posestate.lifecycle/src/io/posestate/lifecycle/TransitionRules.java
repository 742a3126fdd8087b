package io.posestate.lifecycle;

import static io.posestate.model.TerminalState.ACTIVE;
import static io.posestate.model.TerminalState.DEACTIVATION_REQUESTED;
import static io.posestate.model.TerminalState.DECOMMISSIONED;
import static io.posestate.model.TerminalState.IN_REPAIR;
import static io.posestate.model.TerminalState.IN_STOCK;
import static io.posestate.model.TerminalState.RETURNED;
import static io.posestate.model.TerminalState.SHIPPED;
import static io.posestate.model.TerminalState.SUSPENDED;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.posestate.model.TerminalState;

/**
 * The terminal state machine: the only place that decides which state changes are allowed, which evidence each
 * needs and which need a second person. The registry only records what this allowed. DECOMMISSIONED is final.
 */
public final class TransitionRules {
    static final String BACKUP = "DATA_BACKUP";
    static final String WIPE = "WIPE_CONFIRMATION";

    private static final TransitionRules STANDARD = new TransitionRules(List.of(
            t(IN_STOCK, SHIPPED, false, "shipped to the merchant"),
            t(IN_STOCK, DECOMMISSIONED, true, "scrapped from stock", "DISPOSAL_RECORD"),
            t(SHIPPED, ACTIVE, false, "activated at the merchant"),
            t(SHIPPED, IN_STOCK, false, "came back unused"),
            t(ACTIVE, SUSPENDED, false, "stop-use: suspended"),
            t(ACTIVE, IN_REPAIR, false, "sent for repair", "SERVICE_TICKET"),
            t(ACTIVE, DEACTIVATION_REQUESTED, false, "deactivation requested", BACKUP, WIPE),
            t(SUSPENDED, ACTIVE, true, "stop-use lifted"),
            t(SUSPENDED, IN_REPAIR, false, "sent for repair", "SERVICE_TICKET"),
            t(SUSPENDED, DEACTIVATION_REQUESTED, false, "deactivation requested", BACKUP, WIPE),
            t(IN_REPAIR, ACTIVE, false, "repaired, back in use", "REPAIR_REPORT"),
            t(IN_REPAIR, IN_STOCK, false, "repaired, back to stock", "REPAIR_REPORT"),
            t(IN_REPAIR, DEACTIVATION_REQUESTED, false, "beyond repair: deactivation requested", BACKUP, WIPE),
            t(DEACTIVATION_REQUESTED, RETURNED, true, "returned to a collection point (request approved)",
                    "RETURN_RECEIPT"),
            t(DEACTIVATION_REQUESTED, ACTIVE, true, "deactivation request withdrawn"),
            t(RETURNED, DECOMMISSIONED, true, "deactivation confirmed", "DEACTIVATION_CONFIRMATION"),
            t(RETURNED, IN_STOCK, false, "refurbished into stock", WIPE)));

    private final List<Transition> transitions;

    private TransitionRules(List<Transition> transitions) {
        this.transitions = List.copyOf(transitions);
    }

    /** @return the rules in force */
    public static TransitionRules standard() {
        return STANDARD;
    }

    private static Transition t(TerminalState from, TerminalState to, boolean second, String meaning,
            String... evidence) {
        return new Transition(from, to, List.of(evidence), second, meaning);
    }

    public List<Transition> all() {
        return transitions;
    }

    /** @return the transitions allowed from a state (none from DECOMMISSIONED) */
    public List<Transition> from(TerminalState state) {
        return transitions.stream().filter(t -> t.from() == state).toList();
    }

    public Optional<Transition> find(TerminalState from, TerminalState to) {
        return transitions.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }

    /**
     * Checks a request against the rules (not the people's roles: the caller checks those).
     *
     * @param from the terminal's current state
     * @return the transition allowed
     * @throws LifecycleException naming the terminal and the reason when it is not allowed
     */
    public Transition check(TerminalState from, TransitionRequest request) {
        String subject = "Terminal " + request.serialNumber() + ": " + from + " -> " + request.to() + " refused: ";
        Transition transition = find(from, request.to()).orElseThrow(() -> new LifecycleException(subject
                + (from == request.to() ? "it is already " + from
                        : from(from).isEmpty() ? from + " is final"
                                : "not an allowed transition; from " + from + " only " + targets(from(from)))));
        if (request.reason() == null || request.reason().isBlank()) {
            throw new LifecycleException(subject + "a reason is required");
        }
        Set<String> offered = request.evidence().stream().map(EvidenceRef::kind).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(transition.requiredEvidence());
        missing.removeAll(offered);
        if (!missing.isEmpty()) {
            throw new LifecycleException(subject + "missing evidence " + String.join(", ", missing));
        }
        if (transition.secondApprover()) {
            if (request.approver() == null || request.approver().isBlank()) {
                throw new LifecycleException(subject + "needs the approval of a second person (a supervisor)");
            }
            if (request.approver().equals(request.actor())) {
                throw new LifecycleException(subject + request.actor() + " cannot approve their own request");
            }
        }
        return transition;
    }

    private static String targets(Collection<Transition> ts) {
        List<String> names = new ArrayList<>();
        ts.forEach(t -> names.add(t.to().getName()));
        return String.join(", ", names);
    }
}
