package io.posestate.lifecycle.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import io.posestate.lifecycle.DeviceCommands;
import io.posestate.lifecycle.DeviceCommands.Action;
import io.posestate.lifecycle.EvidenceRef;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.StepInput;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CasesFactory;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.lifecycle.model.StepStatus;
import io.posestate.model.Terminal;
import io.posestate.registry.api.EstateRegistry;

/**
 * Driver-aware lock and wipe of S3: when the terminal's model can do it remotely ({@link DeviceCommands}, offered
 * by a bridge bundle), recording the step sends the command and leaves the step PENDING; recording it again once the
 * terminal acknowledged completes it, with the acknowledgement as its evidence. Otherwise, or when the analyst
 * gives the evidence by hand, the step takes manual evidence as before. The LOCK step exists only for models that
 * can be locked remotely.
 */
final class RemoteSteps {
    static final String LOCK = "LOCK";
    static final String WIPE = "WIPE";
    static final StepDef LOCK_DEF = StepDef.step(LOCK, "Lock the terminal remotely (pending until it acknowledges)",
            List.of("LOCK_CONFIRMATION"), List.of());

    /** What recording a lock or wipe step does. */
    record Outcome(StepInput input, DeviceCommands.Sent sent, String valuePrefix) {
        static Outcome normal(StepInput input) {
            return new Outcome(input, null, null);
        }
    }

    private final Supplier<DeviceCommands> commands;
    private final EstateRegistry registry;
    private final String storeLocation;

    RemoteSteps(Supplier<DeviceCommands> commands, EstateRegistry registry, String storeLocation) {
        this.commands = commands;
        this.registry = registry;
        this.storeLocation = storeLocation;
    }

    /** At opening: an S3 case of a remotely lockable model gets a LOCK step; a remote WIPE says so in its title. */
    Case adapt(Case k) {
        if (k.getScenario() != Scenario.S3) {
            return k;
        }
        Terminal t = registry.terminal(k.getSerialNumber()).orElse(null);
        DeviceCommands port = commands.get();
        List<String> remote = new ArrayList<>();
        if (t != null && port != null && port.supports(t.getVendor(), t.getModelName(), Action.LOCK)) {
            Step lock = CasesFactory.eINSTANCE.createStep();
            lock.setKind(LOCK);
            lock.setTitle(LOCK_DEF.title());
            lock.getRequiredEvidence().addAll(LOCK_DEF.evidence());
            lock.setStatus(StepStatus.PENDING);
            k.getSteps().add(1, lock);
            for (int i = 0; i < k.getSteps().size(); i++) {
                k.getSteps().get(i).setNumber(i + 1);
            }
            remote.add(LOCK);
        }
        if (t != null && port != null && port.supports(t.getVendor(), t.getModelName(), Action.WIPE)) {
            step(k, WIPE).ifPresent(s -> s.setTitle("Wipe the device remotely (pending until it acknowledges;"
                    + " a second person approves)"));
            remote.add(WIPE);
        }
        k.getValues().add(CaseStore.newValue("remote_commands", remote.isEmpty()
                ? "none: lock and wipe need manual evidence"
                : String.join(", ", remote) + " by the " + t.getVendor() + " driver for " + t.getModelName()));
        return k;
    }

    /**
     * Before a lock or wipe step is recorded: sends the command (the step stays PENDING), refuses while the
     * terminal has not acknowledged it, or adds the acknowledgement as the step's evidence.
     */
    Outcome prepare(Case k, Step step, String actor, StepInput input) {
        String kind = step.getKind();
        if (k.getScenario() != Scenario.S3 || !(kind.equals(LOCK) || kind.equals(WIPE))) {
            return Outcome.normal(input);
        }
        String evidenceKind = kind + "_CONFIRMATION";
        if (input.evidence().stream().anyMatch(e -> e.kind().equals(evidenceKind))) {
            return Outcome.normal(input); // confirmed by hand: always accepted
        }
        String prefix = kind.toLowerCase(Locale.ROOT) + "_command";
        String reference = CaseStore.value(k, prefix);
        DeviceCommands port = commands.get();
        String what = "Case " + k.getId() + " step " + step.getNumber() + " " + kind;
        if (reference == null) {
            Terminal t = registry.terminal(k.getSerialNumber())
                    .orElseThrow(() -> new LifecycleException("No terminal with serial number " + k.getSerialNumber()));
            Action action = Action.valueOf(kind);
            if (port == null || !port.supports(t.getVendor(), t.getModelName(), action)) {
                return Outcome.normal(input); // manual evidence: checkInput names what is missing
            }
            return new Outcome(input, port.send(storeLocation, t.getVendor(), t.getSerialNumber(), t.getModelName(),
                    action, actor), prefix);
        }
        if (port == null) {
            throw new LifecycleException(what + " is PENDING: command " + reference + " was sent, but no remote"
                    + " command service is installed to check it; give --evidence " + evidenceKind + "=REFERENCE");
        }
        Optional<Instant> ack = port.acknowledged(storeLocation, reference);
        if (ack.isEmpty()) {
            throw new LifecycleException(what + " is PENDING: " + CaseStore.value(k, prefix + "_via") + " sent at "
                    + CaseStore.value(k, prefix + "_sent_at") + " is not acknowledged by the terminal yet (or give"
                    + " --evidence " + evidenceKind + "=REFERENCE)");
        }
        List<EvidenceRef> evidence = new ArrayList<>(input.evidence());
        evidence.add(new EvidenceRef(evidenceKind, "remote command " + reference + " acknowledged by "
                + k.getSerialNumber() + " at " + ack.get(), null));
        return Outcome.normal(StepInput.of(input.note(), evidence, input.values()));
    }

    private static Optional<Step> step(Case k, String kind) {
        return k.getSteps().stream().filter(s -> s.getKind().equals(kind)).findFirst();
    }
}
