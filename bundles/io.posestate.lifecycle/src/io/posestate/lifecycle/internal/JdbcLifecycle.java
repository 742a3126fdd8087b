package io.posestate.lifecycle.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.posestate.driver.DriverRegistry;
import io.posestate.lifecycle.AuditEvent;
import io.posestate.lifecycle.AuditVerification;
import io.posestate.lifecycle.DeviceCommands;
import io.posestate.lifecycle.EvidenceRef;
import io.posestate.lifecycle.KnowledgeEntry;
import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.MessageReceipt;
import io.posestate.lifecycle.OpenRequest;
import io.posestate.lifecycle.Role;
import io.posestate.lifecycle.StepInput;
import io.posestate.lifecycle.Transition;
import io.posestate.lifecycle.TransitionRequest;
import io.posestate.lifecycle.TransitionRules;
import io.posestate.lifecycle.model.Approval;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseStatus;
import io.posestate.lifecycle.model.CasesFactory;
import io.posestate.lifecycle.model.Decision;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.lifecycle.model.StepStatus;
import io.posestate.lifecycle.spi.Handover;
import io.posestate.lifecycle.spi.MerchantMessage;
import io.posestate.lifecycle.spi.MerchantMessenger;
import io.posestate.model.Merchant;
import io.posestate.model.Terminal;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryException;
import io.posestate.store.SqlFunction;
import io.posestate.store.Store;
import io.posestate.store.StoreException;

/** The lifecycle over a JDBC {@link Store} (cases, roles, audit trail) and the registry (terminal states). */
final class JdbcLifecycle implements Lifecycle {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final System.Logger LOG = System.getLogger(JdbcLifecycle.class.getName());

    private final Store store;
    private final String location;
    private final EstateRegistry registry;
    private final MerchantMessenger messenger;
    private final Workflows workflows;
    private final RemoteSteps remoteSteps;

    /**
     * @param location       the store location as given to the factory (the messenger keeps its messages there too)
     * @param messenger      how merchants are reached
     * @param drivers        terminal drivers for the guided diagnosis, or null
     * @param deviceCommands the remote lock and wipe installed now (a supplier that may give null)
     */
    JdbcLifecycle(Store store, String location, EstateRegistry registry, MerchantMessenger messenger,
            DriverRegistry drivers, Supplier<DeviceCommands> deviceCommands) {
        this.store = store;
        this.location = location;
        this.registry = registry;
        this.messenger = messenger;
        this.workflows = new Workflows(this, registry, drivers);
        this.remoteSteps = new RemoteSteps(deviceCommands, registry, store.location().url());
    }

    /** Hands a message to the messenger (before the case transaction); a refusal is a refused step. */
    Handover send(MerchantMessage m) {
        try {
            return messenger.send(location, m);
        } catch (LifecycleException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new LifecycleException("Case " + m.caseId() + ": the message to " + Masks.phone(m.recipient())
                    + " was not handed over: " + e.getMessage(), e);
        }
    }

    @Override
    public TransitionRules rules() {
        return TransitionRules.standard();
    }

    @Override
    public Optional<Role> role(String actor) {
        return read(c -> Roles.role(c, actor));
    }

    @Override
    public void grantRole(String granter, String actor, Role role) {
        write(c -> {
            Roles.grant(c, granter, actor, role);
            return null;
        });
    }

    @Override
    public void changeState(TransitionRequest r) {
        requireActor(r.actor());
        // The audit head is locked first: state changes made through the lifecycle are serialized, so the rules
        // are checked against the state the change applies to. The audit event is committed only after the
        // registry recorded the change: a refused change leaves no event.
        write(c -> {
            AuditTrail.lock(c);
            Terminal terminal = workflows.terminal(r.serialNumber());
            Transition t = rules().check(terminal.getState(), r);
            List<String> evidence = new ArrayList<>();
            r.evidence().forEach(e -> evidence.add(e.toString()));
            if (t.secondApprover()) {
                Roles.requireApprover(c, r.approver(), "Terminal " + r.serialNumber() + ": " + t.from() + " -> "
                        + t.to() + " refused", r.actor());
                evidence.add("APPROVED_BY=" + r.approver());
            }
            AuditTrail.append(c, r.actor(), "STATE " + t.from() + " -> " + t.to(), "terminal:" + r.serialNumber(),
                    r.reason(), String.join("; ", evidence));
            try {
                registry.changeState(r.serialNumber(), r.to(), r.actor(), r.reason(), evidence);
            } catch (RegistryException e) {
                throw new LifecycleException(e.getMessage(), e);
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ cases

    @Override
    public Case open(String actor, OpenRequest request) {
        requireActor(actor);
        return insert(actor, remoteSteps.adapt(workflows.prepareOpen(actor, request)));
    }

    /** Stores a prepared case unless a case with its open key is open, and appends CASE_OPEN. */
    private Case insert(String actor, Case k) {
        String key = Workflows.openKey(k);
        long id;
        try {
            id = write(c -> {
                if (key != null) {
                    Optional<Long> existing = CaseStore.openCase(c, key);
                    if (existing.isPresent()) {
                        throw alreadyOpen(existing.get(), k);
                    }
                }
                long newId = CaseStore.insert(c, k, key);
                AuditTrail.append(c, actor, "CASE_OPEN " + k.getScenario(), "case:" + newId, k.getTitle(),
                        k.getFlags().isEmpty() ? null : "flags=" + String.join(",", k.getFlags()));
                return newId;
            });
        } catch (LifecycleException e) {
            if (e.getCause() instanceof StoreException se && se.getCause() instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw new LifecycleException("An open " + k.getScenario() + " case already covers " + subject(k)
                        + " (opened at the same time by someone else)");
            }
            throw e;
        }
        return find(id).orElseThrow();
    }

    private static LifecycleException alreadyOpen(long existing, Case k) {
        return new LifecycleException("Case " + existing + " is already open for " + subject(k)
                + ": one open " + k.getScenario() + " case per " + (k.getScenario() == Scenario.S2
                        ? "terminal and cause" : k.getScenario() == Scenario.S1 ? "merchant and phone" : "terminal"));
    }

    private static String subject(Case k) {
        return k.getScenario() == Scenario.S1 ? "merchant " + k.getMerchantNo() + " (phone "
                + Masks.phone(k.getCause()) + ")"
                : "terminal " + k.getSerialNumber() + (k.getScenario() == Scenario.S2 ? " (" + k.getCause() + ")" : "");
    }

    @Override
    public Case step(long caseId, int expectedVersion, String kind, String actor, StepInput offered) {
        Case k = openCase(caseId, expectedVersion);
        requireActor(actor);
        return step(k, kind, actor, offered);
    }

    /** Records a step of a case read at its current version (the actor's role already checked). */
    private Case step(Case k, String kind, String actor, StepInput offered) {
        long caseId = k.getId();
        Step step = next(k, kind);
        RemoteSteps.Outcome remote = remoteSteps.prepare(k, step, actor, offered);
        if (remote.sent() != null) {
            return sent(k, step, actor, offered, remote);
        }
        StepInput input = remote.input();
        StepDef def = def(k, step);
        workflows.checkInput(k, step, def, input);
        Effects fx = def.approval() ? new Effects() : workflows.prepare(k, step, actor, null, input);
        if (def.approval()) {
            input.values().forEach(fx::value);
        }
        step.setActor(actor);
        step.setTime(Sql.now());
        step.setNote(input.note());
        step.setStatus(def.approval() ? StepStatus.AWAITING_APPROVAL : StepStatus.DONE);
        String evidence = input.evidence().stream().map(EvidenceRef::toString).collect(Collectors.joining("; "));
        commit(k, actor, fx, c -> {
            CaseStore.updateStep(c, caseId, step);
            CaseStore.addEvidence(c, caseId, step.getNumber(), input.evidence());
            AuditTrail.append(c, actor, "STEP " + step.getNumber() + " " + step.getKind() + " " + step.getStatus(),
                    "case:" + caseId, input.note(), evidence.isEmpty() ? null : evidence);
            return null;
        });
        pullReceipts(fx);
        return find(caseId).orElseThrow();
    }

    /** A remote lock or wipe was sent: the step stays PENDING until the terminal acknowledges it. */
    private Case sent(Case k, Step step, String actor, StepInput input, RemoteSteps.Outcome remote) {
        Effects fx = new Effects().value(remote.valuePrefix(), remote.sent().reference())
                .value(remote.valuePrefix() + "_via", remote.sent().via())
                .value(remote.valuePrefix() + "_sent_at", remote.sent().sentAt().toString());
        commit(k, actor, fx, c -> {
            AuditTrail.append(c, actor, "STEP " + step.getNumber() + " " + step.getKind() + " SENT", "case:"
                    + k.getId(), input.note(), "command=" + remote.sent().reference() + "; " + remote.sent().via());
            return null;
        });
        return find(k.getId()).orElseThrow();
    }

    @Override
    public Case approve(long caseId, int expectedVersion, String kind, String approver, boolean approved,
            String comment) {
        Case k = openCase(caseId, expectedVersion);
        Step step = k.getSteps().stream().filter(s -> s.getKind().equals(kind)).findFirst()
                .orElseThrow(() -> noSuchStep(k, kind));
        String what = "Case " + caseId + " step " + step.getNumber() + " " + kind;
        if (step.getStatus() != StepStatus.AWAITING_APPROVAL) {
            throw new LifecycleException(what + " is " + step.getStatus() + ", not awaiting approval");
        }
        read(c -> {
            Roles.requireApprover(c, approver, what, step.getActor(), k.getOpenedBy());
            return null;
        });
        Approval a = CasesFactory.eINSTANCE.createApproval();
        a.setRequestedBy(step.getActor());
        a.setApprover(approver);
        a.setDecision(approved ? Decision.APPROVED : Decision.REJECTED);
        a.setTime(Sql.now());
        a.setComment(comment);
        step.getApprovals().add(a);
        Effects fx = approved ? workflows.prepare(k, step, step.getActor(), approver, StepInput.of(null, null, null))
                : new Effects();
        step.setStatus(approved ? StepStatus.DONE : StepStatus.PENDING);
        commit(k, approver, fx, c -> {
            CaseStore.updateStep(c, caseId, step);
            CaseStore.addApproval(c, caseId, step.getNumber(), a);
            AuditTrail.append(c, approver, (approved ? "APPROVE " : "REJECT ") + step.getNumber() + " " + kind,
                    "case:" + caseId, comment, "requested_by=" + step.getActor());
            return null;
        });
        pullReceipts(fx);
        return find(caseId).orElseThrow();
    }

    @Override
    public Case cancel(long caseId, int expectedVersion, String actor, String reason) {
        Case k = openCase(caseId, expectedVersion);
        requireActor(actor);
        Workflows.require(reason, "Case " + caseId + ": cancelling needs a reason");
        write(c -> {
            CaseStore.bump(c, caseId, k.getVersion(), actor, CaseStatus.CANCELLED, true);
            AuditTrail.append(c, actor, "CASE_CANCEL", "case:" + caseId, reason, null);
            return null;
        });
        return find(caseId).orElseThrow();
    }

    /** Writes a step's changes in one transaction: version claimed first (conflict = nothing written). */
    private void commit(Case k, String actor, Effects fx, SqlFunction<Void> stepWork) {
        long id = k.getId();
        write(c -> {
            CaseStore.bump(c, id, k.getVersion(), actor, fx.close ? CaseStatus.CLOSED : CaseStatus.OPEN, fx.close);
            stepWork.apply(c);
            for (Map.Entry<String, String> v : fx.values.entrySet()) {
                CaseStore.putValue(c, id, v.getKey(), v.getValue());
            }
            for (Effects.Write w : fx.writes) {
                w.apply(c, id);
            }
            if (fx.close) {
                AuditTrail.append(c, actor, "CASE_CLOSE", "case:" + id, null, null);
            }
            return null;
        });
    }

    private Case openCase(long caseId, int expectedVersion) {
        Case k = find(caseId).orElseThrow(() -> new LifecycleException("No case " + caseId));
        if (expectedVersion != ANY_VERSION && expectedVersion != k.getVersion()) {
            throw read(c -> CaseStore.conflict(c, caseId, expectedVersion));
        }
        if (k.getStatus() != CaseStatus.OPEN) {
            throw new LifecycleException("Case " + caseId + " is " + k.getStatus() + ": nothing more can be recorded");
        }
        return k;
    }

    /** @return the step to record now: the first not done, which must be the one named */
    private static Step next(Case k, String kind) {
        Step named = k.getSteps().stream().filter(s -> s.getKind().equals(kind)).findFirst()
                .orElseThrow(() -> noSuchStep(k, kind));
        for (Step s : k.getSteps()) {
            if (s.getStatus() == StepStatus.DONE) {
                continue;
            }
            if (s.getStatus() == StepStatus.AWAITING_APPROVAL) {
                throw new LifecycleException("Case " + k.getId() + " step " + s.getNumber() + " " + s.getKind()
                        + " awaits the approval of a second person; " + kind + " cannot be recorded before it");
            }
            if (s != named) {
                throw new LifecycleException("Case " + k.getId() + ": step " + named.getNumber() + " " + kind
                        + " cannot be recorded before step " + s.getNumber() + " " + s.getKind()
                        + " (steps are done in order)");
            }
            return s;
        }
        throw new LifecycleException("Case " + k.getId() + " step " + kind + " is already done");
    }

    private static StepDef def(Case k, Step step) {
        if (k.getScenario() == Scenario.S3 && step.getKind().equals(RemoteSteps.LOCK)) {
            return RemoteSteps.LOCK_DEF;
        }
        if (k.getScenario() == Scenario.S4 && step.getKind().startsWith(StepDef.CHECK)) {
            return StepDef.check(step.getKind(), step.getTitle());
        }
        return StepDef.of(k.getScenario()).stream().filter(d -> d.kind().equals(step.getKind())).findFirst()
                .orElseThrow(() -> noSuchStep(k, step.getKind()));
    }

    private static LifecycleException noSuchStep(Case k, String kind) {
        return new LifecycleException("Case " + k.getId() + " (" + k.getScenario() + ") has no step " + kind
                + "; its steps: " + k.getSteps().stream().map(Step::getKind).collect(Collectors.joining(", ")));
    }

    private void requireActor(String actor) {
        read(c -> {
            Roles.requireActor(c, actor);
            return null;
        });
    }

    @Override
    public Optional<Case> find(long caseId) {
        return read(c -> CaseStore.load(c, caseId));
    }

    @Override
    public List<Case> list(CaseStatus status, Scenario scenario) {
        return list(status, scenario, false);
    }

    @Override
    public List<Case> listWithSteps(CaseStatus status, Scenario scenario) {
        return list(status, scenario, true);
    }

    private List<Case> list(CaseStatus status, Scenario scenario, boolean withSteps) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (status != null) {
            where.add("status = ?");
            params.add(status.getName());
        }
        if (scenario != null) {
            where.add("scenario = ?");
            params.add(scenario.getName());
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return read(c -> {
            List<Case> cases = CaseStore.query(c, clause, params.toArray());
            if (withSteps) {
                CaseStore.addSteps(c, cases, clause, params.toArray());
            }
            return cases;
        });
    }

    @Override
    public List<Case> openRebindingCases(String actor) {
        return openRebindingCases(actor, null);
    }

    /** As {@link #openRebindingCases(String)}, for the merchants bound to one phone only (null: all). */
    List<Case> openRebindingCases(String actor, String phone) {
        boolean system = SYSTEM.equals(actor);
        if (!system) {
            requireActor(actor);
        }
        List<Case> opened = new ArrayList<>();
        for (Merchant m : registry.merchantsWithCancelledPhone()) {
            if (phone != null && !phone.equals(m.getPhone().getNumber())) {
                continue;
            }
            String key = "S1|" + m.getMerchantNo() + "|" + m.getPhone().getNumber();
            if (read(c -> CaseStore.openCase(c, key)).isEmpty()) {
                OpenRequest request = new OpenRequest(Scenario.S1, null, m.getMerchantNo(), null, null, null, null);
                opened.add(system ? insert(actor, workflows.prepareOpen(actor, request)) : open(actor, request));
            }
        }
        return opened;
    }

    @Override
    public List<Case> phoneCancelled(String phone) {
        CancelledPhones.record(registry, phone, SYSTEM);
        return openRebindingCases(SYSTEM, phone);
    }

    // ------------------------------------------------------------------ delivery receipts

    /**
     * Receipts that came back while a step was being stored (before its message was on the case) are looked up
     * once it is; later ones come through {@link #recordReceipt}. Either way each is recorded once.
     */
    private void pullReceipts(Effects fx) {
        for (Handover h : fx.messages) {
            if (h.messageRef() == null) {
                continue;
            }
            try {
                messenger.receipts(location, h.messageRef()).forEach(this::recordReceipt);
            } catch (RuntimeException e) { // the step is stored; the receipt listener records them when they come
                LOG.log(System.Logger.Level.WARNING, "receipts of message " + h.messageRef() + " not read yet: "
                        + e.getMessage(), e);
            }
        }
    }

    @Override
    public boolean recordReceipt(MessageReceipt r) {
        long[] target;
        try {
            target = write(c -> {
                long[] ids = CaseStore.messageByRef(c, r.channel(), r.messageRef());
                if (ids == null || !CaseStore.addReceipt(c, ids[1], r)) {
                    return null;
                }
                AuditTrail.append(c, SYSTEM, "RECEIPT " + r.status(), "case:" + ids[0], "delivery receipt from "
                        + r.channel(), "message=" + r.messageRef() + "; part=" + r.partId() + "; " + r.detail());
                return ids;
            });
        } catch (LifecycleException e) {
            if (e.getCause() instanceof StoreException se && se.getCause() instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return false; // recorded at the same moment by the other path
            }
            throw e;
        }
        if (target == null) {
            return false;
        }
        if (r.isFinal()) {
            completeReceiptStep(target[0], r);
        }
        return true;
    }

    /** S2: the first final receipt of the alert is its DELIVERY_RECEIPT step, recorded by {@link #SYSTEM}. */
    private void completeReceiptStep(long caseId, MessageReceipt r) {
        Case k = find(caseId).orElseThrow();
        Step next = k.getSteps().stream().filter(s -> s.getStatus() != StepStatus.DONE).findFirst().orElse(null);
        if (k.getScenario() != Scenario.S2 || k.getStatus() != CaseStatus.OPEN || next == null
                || !next.getKind().equals("DELIVERY_RECEIPT") || next.getStatus() != StepStatus.PENDING) {
            return;
        }
        try {
            step(k, "DELIVERY_RECEIPT", SYSTEM, StepInput.of("delivery receipt from " + r.channel(),
                    List.of(EvidenceRef.of("DELIVERY_RECEIPT", r.channel() + " message " + r.messageRef() + " part "
                            + r.partId() + " " + r.detail())), Map.of("receipt", r.status())));
        } catch (LifecycleException e) { // e.g. an analyst recorded it at the same moment: the receipt event stays
            LOG.log(System.Logger.Level.INFO, "case " + caseId + ": receipt step not recorded: " + e.getMessage());
        }
    }

    @Override
    public List<Case> openAlertsFromFindings(String actor, String findingsFile) {
        requireActor(actor);
        List<Case> opened = new ArrayList<>();
        for (TxnFiles.Finding f : TxnFiles.findings(findingsFile)) {
            String cause = switch (f.rule()) {
                case "CODE_JUMP", "DORMANT" -> "RISK_CONTROL";
                case "RELOCATED" -> "RELOCATED";
                case "DUPLICATE_SIGNATURE" -> "SUSPECTED_FRAUD";
                case "FAILURE_SPIKE" -> "TERMINAL_ABNORMAL";
                default -> null;
            };
            if (cause == null || !"CRITICAL".equals(f.severity()) || f.serialNumber() == null
                    || registry.terminal(f.serialNumber()).isEmpty()
                    || read(c -> CaseStore.openCase(c, "S2|" + f.serialNumber() + "|" + cause)).isPresent()) {
                continue;
            }
            opened.add(open(actor, new OpenRequest(Scenario.S2, f.serialNumber(), null, cause, null, null,
                    Map.of("finding", f.rule(), "finding_detail", f.detail() == null ? "" : f.detail()))));
        }
        return opened;
    }

    @Override
    public Optional<Case> caseByReference(String referenceCode) {
        if (referenceCode == null || referenceCode.isBlank()) {
            return Optional.empty();
        }
        List<Case> found = read(c -> CaseStore.query(c, " WHERE reference_code = ?",
                referenceCode.strip().toUpperCase(java.util.Locale.ROOT)));
        return found.isEmpty() ? Optional.empty() : find(found.get(0).getId());
    }

    @Override
    public List<KnowledgeEntry> searchKnowledge(String text) {
        return text == null ? List.of() : read(c -> Knowledge.search(c, text));
    }

    @Override
    public List<String> replacementLinks(String serialNumber) {
        return read(c -> {
            List<String> links = new ArrayList<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT old_serial, new_serial, case_id"
                    + " FROM terminal_link WHERE old_serial = ? OR new_serial = ? ORDER BY linked_at"),
                    serialNumber, serialNumber); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(rs.getString(1) + " replaced by " + rs.getString(2) + " (case " + rs.getLong(3) + ")");
                }
            }
            return links;
        });
    }

    @Override
    public List<AuditEvent> auditTrail(String subject) {
        return read(c -> AuditTrail.events(c, subject));
    }

    @Override
    public AuditVerification verifyAudit() {
        return read(c -> {
            AuditVerification chain = AuditTrail.verify(c);
            List<String> problems = new ArrayList<>(chain.problems());
            problems.addAll(CaseRecords.verify(c));
            return new AuditVerification(chain.events(), problems);
        });
    }

    @Override
    public String report(long caseId) {
        return caseReport(caseId).html();
    }

    @Override
    public byte[] reportPdf(long caseId) {
        return caseReport(caseId).pdf();
    }

    private CaseReport caseReport(long caseId) {
        Case k = find(caseId).orElseThrow(() -> new LifecycleException("No case " + caseId));
        List<String> links = k.getSerialNumber() == null ? List.of() : replacementLinks(k.getSerialNumber());
        String merchantName = k.getMerchantNo() == null ? null
                : registry.merchant(k.getMerchantNo()).map(Merchant::getName).orElse(null);
        return new CaseReport(k, merchantName, auditTrail("case:" + caseId), links);
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            store.close();
        }
    }

    // ------------------------------------------------------------------ store access

    private <T> T read(SqlFunction<T> work) {
        return guard(() -> store.read(work));
    }

    private <T> T write(SqlFunction<T> work) {
        return guard(() -> store.inTransaction(work));
    }

    private static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            throw new LifecycleException(e.getMessage(), e);
        }
    }
}
