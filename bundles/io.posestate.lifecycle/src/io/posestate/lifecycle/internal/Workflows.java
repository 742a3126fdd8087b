package io.posestate.lifecycle.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.posestate.driver.DiagnosisStep;
import io.posestate.driver.DriverRegistry;
import io.posestate.exchange.Cvm;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.TxnResult;
import io.posestate.lifecycle.EvidenceRef;
import io.posestate.lifecycle.KnowledgeEntry;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.OpenRequest;
import io.posestate.lifecycle.StepInput;
import io.posestate.lifecycle.TransitionRequest;
import io.posestate.lifecycle.model.AffectedTransaction;
import io.posestate.lifecycle.model.Approval;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CasesFactory;
import io.posestate.lifecycle.model.Decision;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.lifecycle.spi.Handover;
import io.posestate.lifecycle.spi.MerchantMessage;
import io.posestate.model.Evidence;
import io.posestate.model.Merchant;
import io.posestate.model.Phone;
import io.posestate.model.PhoneStatus;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalState;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryException;
import io.posestate.registry.api.TerminalQuery;

/**
 * What the steps of the five scenarios check and do (scenarios.md). {@link #prepareOpen} and {@link #prepare} run
 * before the case transaction: they validate the input, read files and change terminal states through the state
 * machine, and return the {@link Effects} to write. Terminal changes are idempotent (a retried step after a
 * conflict finds the terminal already moved and does not move it again).
 */
final class Workflows {
    /** Stop-use causes (scenarios.md S2; the same names as the notification service's AlertCause). */
    static final List<String> ALERT_CAUSES = List.of("TERMINAL_ABNORMAL", "SETTLEMENT_ACCOUNT_ABNORMAL", "TAMPERED",
            "RELOCATED", "SUSPECTED_FRAUD", "RISK_CONTROL", "MAINTENANCE_DUE");
    static final List<String> DECOMMISSION_REASONS = List.of("REPLACEMENT", "BUSINESS_CHANGE", "DEVICE_FAULT",
            "POLICY");
    /** No-verification limit of formats.md (default for every scheme and region). */
    static final BigDecimal NO_CVM_LIMIT = new BigDecimal("1000.00");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcLifecycle lifecycle;
    private final EstateRegistry registry;
    private final DriverRegistry drivers;

    /** @param drivers terminal drivers for the S4 guided diagnosis, or null (generic checklist) */
    Workflows(JdbcLifecycle lifecycle, EstateRegistry registry, DriverRegistry drivers) {
        this.lifecycle = lifecycle;
        this.registry = registry;
        this.drivers = drivers;
    }

    // ------------------------------------------------------------------ opening

    /** Builds a new case (not stored) with its steps; values of the request are checked and kept. */
    Case prepareOpen(String actor, OpenRequest r) {
        Case k = CasesFactory.eINSTANCE.createCase();
        k.setScenario(r.scenario());
        k.setOpenedBy(actor);
        k.setAssignee(r.assignee() == null ? actor : r.assignee());
        k.setOpenedAt(Sql.now());
        k.setDueDate(r.due() != null ? r.due() : java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .plusDays(r.scenario() == Scenario.S2 ? 1 : r.scenario() == Scenario.S4 ? 3 : 14));
        k.setCause(r.cause());
        k.setStatus(io.posestate.lifecycle.model.CaseStatus.OPEN);
        r.values().forEach((name, value) -> k.getValues().add(CaseStore.newValue(name, value)));
        Terminal terminal = r.serialNumber() == null ? null : terminal(r.serialNumber());
        if (terminal != null) {
            k.setSerialNumber(terminal.getSerialNumber());
            k.setMerchantNo(terminal.getMerchantNo());
        }
        if (r.merchantNo() != null) {
            k.setMerchantNo(r.merchantNo());
        }
        switch (r.scenario()) {
            case S1 -> {
                Merchant m = merchant(require(k.getMerchantNo(), "S1 needs the merchant (--merchant)"));
                Phone phone = m.getPhone();
                if (phone == null || phone.getStatus() != PhoneStatus.CANCELLED) {
                    throw new LifecycleException("Merchant " + m.getMerchantNo() + ": bound phone "
                            + Masks.phone(phone == null ? null : phone.getNumber())
                            + " is not CANCELLED; no re-binding case needed");
                }
                k.setCause(phone.getNumber());
                k.setTitle("Re-bind merchant " + m.getMerchantNo() + ": phone " + Masks.phone(phone.getNumber())
                        + " cancelled");
                if (!m.hasBackupContact()) {
                    k.getFlags().add("NO_BACKUP_CONTACT");
                }
                String serials = boundTerminals(m.getMerchantNo());
                k.getValues().add(CaseStore.newValue("bound_terminals", serials));
            }
            case S2 -> {
                require(terminal, "S2 needs the terminal (--terminal)");
                oneOf("cause", r.cause(), ALERT_CAUSES);
                k.setTitle((r.cause().equals("MAINTENANCE_DUE") ? "Maintenance reminder" : "Stop-use alert")
                        + " for terminal " + terminal.getSerialNumber() + " (" + r.cause() + ")");
            }
            case S3 -> {
                require(terminal, "S3 needs the terminal (--terminal)");
                oneOf("reason (--cause)", r.cause(), DECOMMISSION_REASONS);
                if (terminal.getState() == TerminalState.DECOMMISSIONED) {
                    throw new LifecycleException("Terminal " + terminal.getSerialNumber() + " is already DECOMMISSIONED");
                }
                k.setTitle("Decommission terminal " + terminal.getSerialNumber() + " (" + r.cause() + ")");
            }
            case S4 -> {
                require(terminal, "S4 needs the terminal (--terminal)");
                require(r.cause(), "S4 needs the symptom (--cause)");
                k.setTitle("Service ticket: " + terminal.getSerialNumber() + " " + terminal.getVendor() + " "
                        + terminal.getModelName() + ": " + r.cause());
                if (r.values().containsKey("since")) {
                    time("since", r.values().get("since"));
                }
                List<KnowledgeEntry> hits = lifecycle.searchKnowledge(r.cause());
                if (!hits.isEmpty()) {
                    k.getFlags().add("KNOWN_FIX");
                    k.getValues().add(CaseStore.newValue("knowledge", hits.stream().limit(3)
                            .map(h -> "#" + h.id() + " " + h.symptom() + " -> " + h.cause() + " -> " + h.fix())
                            .collect(Collectors.joining(" | "))));
                }
            }
            case S5 -> k.setTitle("Signature incident" + (terminal == null ? "" : " on " + terminal.getSerialNumber())
                    + (r.cause() == null ? "" : ": " + r.cause()));
        }
        List<StepDef> defs = StepDef.of(r.scenario());
        List<StepDef> guided = r.scenario() == Scenario.S4 ? guidedDiagnosis(terminal) : List.of();
        if (!guided.isEmpty()) {
            k.getValues().add(CaseStore.newValue("diagnosis", "guided by the " + terminal.getVendor()
                    + " driver for model " + terminal.getModelName()));
            List<StepDef> rest = defs.stream().filter(d -> !d.kind().startsWith(StepDef.CHECK)).toList();
            defs = new ArrayList<>(guided);
            defs.addAll(rest);
        }
        int n = 1;
        for (StepDef def : defs) {
            Step s = CasesFactory.eINSTANCE.createStep();
            s.setNumber(n++);
            s.setKind(def.kind());
            s.setTitle(r.scenario() == Scenario.S4 && guided.isEmpty() && def.kind().equals("CHECK_LINK")
                    ? linkCheck(terminal) : def.title());
            s.getRequiredEvidence().addAll(def.evidence());
            s.setNeedsApproval(def.approval());
            s.setStatus(io.posestate.lifecycle.model.StepStatus.PENDING);
            k.getSteps().add(s);
        }
        return k;
    }

    /**
     * @return the checks of the terminal driver's guided diagnosis for the terminal's model, in its order (kinds
     *         {@code CHECK_<AREA>}, numbered when an area comes again), or empty when no driver knows the model
     */
    private List<StepDef> guidedDiagnosis(Terminal t) {
        if (drivers == null) {
            return List.of();
        }
        List<DiagnosisStep> steps = drivers.driverFor(t.getVendor(), t.getModelName())
                .map(d -> d.diagnosis(t.getModelName())).orElse(List.of());
        List<StepDef> defs = new ArrayList<>();
        Map<DiagnosisStep.Area, Integer> seen = new HashMap<>();
        for (DiagnosisStep d : steps) {
            int n = seen.merge(d.area(), 1, Integer::sum);
            String kind = StepDef.CHECK + d.area() + (n > 1 ? "_" + n : "");
            defs.add(StepDef.check(kind, d.check() + " If not: " + d.remedy()
                    + (d.errorCodes().isEmpty() ? "" : " (error codes " + String.join(", ", d.errorCodes()) + ")")));
        }
        return defs;
    }

    /** The link check of the generic checklist, for the terminal's connection (until drivers give model steps). */
    private static String linkCheck(Terminal t) {
        return "Diagnose: " + switch (t.getConnection()) {
            case BLUETOOTH -> "Bluetooth link to the phone (paired, in range, companion app running)";
            case ETHERNET -> "cable to the host (plugged, link light, router)";
            case DIALUP -> "phone line to the host (dial tone, cable)";
            case WIFI -> "Wi-Fi link (network joined, signal, host reachable)";
            case CELLULAR -> "mobile data link (SIM, APN, signal, host reachable)";
        };
    }

    /** @return the key that allows one open case per scenario, subject and cause (null: no limit) */
    static String openKey(Case k) {
        return switch (k.getScenario()) {
            case S1 -> "S1|" + k.getMerchantNo() + "|" + k.getCause();
            case S2 -> "S2|" + k.getSerialNumber() + "|" + k.getCause();
            case S3 -> "S3|" + k.getSerialNumber();
            case S4 -> "S4|" + k.getSerialNumber();
            case S5 -> null;
        };
    }

    // ------------------------------------------------------------------ steps

    /** Checks the input of a step about to be recorded (required evidence and values, their forms). */
    void checkInput(Case k, Step step, StepDef def, StepInput in) {
        String what = "Case " + k.getId() + " step " + step.getNumber() + " " + step.getKind();
        Set<String> offered = in.evidence().stream().map(EvidenceRef::kind).collect(Collectors.toSet());
        List<String> missing = def.evidence().stream().filter(e -> !offered.contains(e)).toList();
        if (!missing.isEmpty()) {
            throw new LifecycleException(what + " refused: missing evidence " + String.join(", ", missing)
                    + " (give --evidence KIND=REFERENCE)");
        }
        List<String> missingValues = def.values().stream()
                .filter(v -> in.values().get(v) == null || in.values().get(v).isBlank()).toList();
        if (!missingValues.isEmpty()) {
            throw new LifecycleException(what + " refused: missing value(s) " + String.join(", ", missingValues)
                    + " (give --set NAME=VALUE)");
        }
        if ((step.getKind().equals("RECORD_REASON") || step.getKind().equals("REQUEST_ALERT"))
                && (in.note() == null || in.note().isBlank())) {
            throw new LifecycleException(what + " refused: a note saying why is required (--note)");
        }
        Map<String, String> v = in.values();
        if (isCheck(k, step)) {
            oneOf("result", v.get("result"), List.of("OK", "FAULT", "NOT_APPLICABLE"));
            return;
        }
        switch (step.getKind()) {
            case "VERIFY_CAUSE" -> oneOf("cause", v.get("cause"), List.of("ACCOUNT_BINDING", "DEVICE_FAULT"));
            case "SEND_CODE" -> {
                if (!PHONE.matcher(v.get("new_phone")).matches()) {
                    throw new LifecycleException(what + " refused: new_phone must be a phone number (E.164 or"
                            + " national digits)");
                }
                if (v.get("new_phone").equals(k.getCause())) {
                    throw new LifecycleException(what + " refused: the new number is the cancelled one");
                }
            }
            case "DELIVERY_RECEIPT" ->
                oneOf("receipt", v.get("receipt"), List.of("DELIVERED", "FAILED", "EXPIRED", "UNKNOWN_NUMBER"));
            case "AFTER_SALES" ->
                oneOf("cause", v.get("cause"), List.of("DEVICE_FAULT", "FIRMWARE", "NETWORK", "OPERATOR_ERROR"));
            case "DEVICE_RETURNED" -> time("received_at", v.get("received_at"));
            case "FIX" -> time("fixed_at", v.get("fixed_at"));
            case "RECORD_REASON" -> {
                if (k.getCause().equals("REPLACEMENT")) {
                    terminal(require(v.get("replacement"), what
                            + " refused: a REPLACEMENT needs the new terminal (--set replacement=SERIAL)"));
                }
            }
            default -> {
                // no further checks
            }
        }
    }

    /**
     * Does what a step does when it is completed (directly or on approval).
     *
     * @param approver who approved the step, or null
     */
    Effects prepare(Case k, Step step, String actor, String approver, StepInput in) {
        Effects fx = new Effects();
        in.values().forEach(fx::value);
        long id = k.getId();
        Map<String, String> v = in.values();
        if (isCheck(k, step)) {
            // each check keeps its own result
            fx.values.remove("result");
            fx.value(step.getKind().toLowerCase(Locale.ROOT), v.get("result"));
            return fx;
        }
        switch (step.getKind()) {
            case "SEND_CODE" -> {
                String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
                Handover m = lifecycle.send(MerchantMessage.oneTimeCode(id, v.get("new_phone"), code, 10, actor));
                fx.value("code_sha256", codeHash(id, code));
                fx.message(v.get("new_phone"), m);
            }
            case "CONFIRM_CODE" -> {
                String expected = CaseStore.value(k, "code_sha256");
                if (expected == null || !expected.equals(codeHash(id, v.get("code").strip()))) {
                    throw new LifecycleException("Case " + id + " step " + step.getNumber()
                            + " CONFIRM_CODE refused: the code does not match the one sent to "
                            + Masks.phone(CaseStore.value(k, "new_phone")));
                }
                fx.values.remove("code");
                bindPhone(k, CaseStore.value(k, "new_phone"), actor);
                fx.value("bound_phone", CaseStore.value(k, "new_phone"));
                fx.value("code_confirmed_at", Sql.now().toString());
            }
            case "UPDATE_TERMINALS" -> fx.value("terminals_updated", boundTerminals(k.getMerchantNo()));
            case "CHECK_DEVICE", "STAKEHOLDERS_NOTIFIED", "RESOLVE", "INCIDENT_REPORT", "DELIVERY_RECEIPT" -> {
                fx.close = true;
                finish(k, step, actor, v, fx);
            }
            case "SEND_ALERT" -> sendAlert(k, actor, fx);
            case "DEACTIVATION_REQUEST" -> {
                List<EvidenceRef> evidence = new ArrayList<>();
                for (Step s : k.getSteps()) {
                    for (Evidence e : s.getEvidence()) {
                        evidence.add(new EvidenceRef(e.getKind(), e.getReference(), e.getSha256()));
                    }
                }
                move(k, TerminalState.DEACTIVATION_REQUESTED, actor, null, "deactivation request (" + k.getCause()
                        + ")", evidence);
                fx.value("device_id", k.getSerialNumber());
            }
            case "DEVICE_RETURNED" -> move(k, TerminalState.RETURNED, actor, approverOf(k, "ACQUIRER_APPROVAL"),
                    "returned to " + v.get("place") + ", received by " + v.get("receiver") + " at "
                            + v.get("received_at"), in.evidence());
            case "DEACTIVATION_CONFIRMED" -> move(k, TerminalState.DECOMMISSIONED, actor,
                    approverOf(k, "ACQUIRER_APPROVAL"), "deactivation confirmed", in.evidence());
            case "SERVICE_TICKET" -> ticket(k, fx);
            case "TRIAGE" -> triage(k, v, fx);
            case "COLLECT_AFFECTED" -> collectAffected(k, v, fx);
            case "VERIFY" -> verifySignatures(k, v, fx);
            default -> {
                // steps that only record their evidence and values
            }
        }
        return fx;
    }

    private static boolean isCheck(Case k, Step step) {
        return k.getScenario() == Scenario.S4 && step.getKind().startsWith(StepDef.CHECK);
    }

    /** The last step of each scenario: closes the case and leaves what the scenario produces. */
    private void finish(Case k, Step step, String actor, Map<String, String> v, Effects fx) {
        switch (step.getKind()) {
            case "DELIVERY_RECEIPT" -> {
                fx.write((c, id) -> CaseStore.receipt(c, id, v.get("receipt"), step.getKind() + " " + v.get("receipt")));
                if (v.get("receipt").equals("UNKNOWN_NUMBER")) {
                    // S1 detection: a receipt saying the number does not exist marks it CANCELLED (source SMS_RECEIPT)
                    String recipient = CaseStore.value(k, "recipient");
                    CancelledPhones.record(registry, recipient, actor);
                    fx.value("phone_cancelled", recipient);
                }
            }
            case "STAKEHOLDERS_NOTIFIED" -> {
                String replacement = CaseStore.value(k, "replacement");
                if (replacement != null) {
                    fx.write((c, id) -> Sql.update(c, "INSERT INTO terminal_link (old_serial, new_serial, case_id,"
                            + " linked_by, linked_at) VALUES (?, ?, ?, ?, ?)", k.getSerialNumber(), replacement, id,
                            actor, Sql.now()));
                }
            }
            case "RESOLVE" -> {
                Terminal t = terminal(k.getSerialNumber());
                fx.write((c, id) -> Knowledge.add(c, new KnowledgeEntry(0, k.getCause(), v.get("cause"),
                        v.get("fix"), t.getVendor() + " " + t.getModelName(), id)));
            }
            default -> {
                // CHECK_DEVICE, INCIDENT_REPORT: the recorded values are the result
            }
        }
    }

    private void sendAlert(Case k, String actor, Effects fx) {
        Merchant m = merchant(require(k.getMerchantNo(), "Terminal " + k.getSerialNumber() + " has no merchant"));
        String recipient = reachable(m.getPhone()) ? m.getPhone().getNumber()
                : reachable(m.getBackupPhone()) ? m.getBackupPhone().getNumber() : null;
        if (recipient == null) {
            throw new LifecycleException("Case " + k.getId() + ": merchant " + m.getMerchantNo()
                    + " has no reachable phone (bound and backup cancelled or missing); open an S1 re-binding case");
        }
        String requester = k.getSteps().get(0).getActor();
        Handover alert = lifecycle.send(MerchantMessage.stopUse(k.getId(), recipient, k.getSerialNumber(),
                k.getCause(), requester, approverOf(k, "REQUEST_ALERT")));
        if (!k.getCause().equals("MAINTENANCE_DUE")
                && terminal(k.getSerialNumber()).getState() == TerminalState.ACTIVE) {
            move(k, TerminalState.SUSPENDED, actor, null, "stop-use alert " + (alert.referenceCode() == null
                    ? alert.status() : alert.referenceCode()) + " (" + k.getCause() + ")", List.of());
        }
        fx.value("recipient", recipient);
        fx.message(recipient, alert);
        if (alert.referenceCode() != null) {
            fx.write((c, id) -> CaseStore.setReference(c, id, alert.referenceCode()));
        }
    }

    /** S1: the merchant's bound phone (and its terminals') becomes the confirmed new number, unless it already is. */
    private void bindPhone(Case k, String newPhone, String actor) {
        Phone bound = merchant(k.getMerchantNo()).getPhone();
        if (bound == null || !newPhone.equals(bound.getNumber())) {
            try {
                registry.rebindPhone(k.getMerchantNo(), newPhone, actor, "case " + k.getId()
                        + ": one-time code confirmed on the new number");
            } catch (RegistryException e) {
                throw new LifecycleException(e.getMessage(), e);
            }
        }
    }

    private void ticket(Case k, Effects fx) {
        Terminal t = terminal(k.getSerialNumber());
        fx.value("ticket", "T-" + k.getId());
        fx.value("model", t.getVendor() + " " + t.getModelName());
        fx.value("serial", t.getSerialNumber());
        fx.value("symptom", k.getCause());
        fx.value("since", CaseStore.value(k, "since") != null ? CaseStore.value(k, "since") : k.getOpenedAt().toString());
        Merchant m = t.getMerchantNo() == null ? null : registry.merchant(t.getMerchantNo()).orElse(null);
        if (m != null) {
            fx.value("merchant_contact_phone", m.getPhone() == null ? "" : m.getPhone().getNumber());
        }
    }

    /** S4: sorts the terminal's transactions in the outage window (since .. to, default now). */
    private void triage(Case k, Map<String, String> v, Effects fx) {
        String sinceText = v.getOrDefault("from", CaseStore.value(k, "since"));
        Instant from = sinceText == null ? k.getOpenedAt() : time("from", sinceText).toInstant();
        Instant to = v.containsKey("to") ? time("to", v.get("to")).toInstant() : Sql.now();
        Map<String, Integer> counts = new TreeMap<>();
        for (TransactionRow t : TxnFiles.transactions(v.get("transactions"))) {
            Instant when = t.time().toInstant();
            if (!t.serialNumber().equals(k.getSerialNumber()) || when.isBefore(from) || when.isAfter(to)) {
                continue;
            }
            String category = switch (t.result()) {
                case APPROVED -> "COMPLETED_NOT_SETTLED";
                case FAILED -> "FAILED";
                case DECLINED, REVERSED -> "NOT_COMPLETED";
            };
            counts.merge(category, 1, Integer::sum);
            fx.write((c, id) -> CaseStore.addTransaction(c, id, affected(t, category)));
        }
        fx.value("triage", counts.isEmpty() ? "no transactions in the window"
                : counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        fx.value("triage_window", from + " .. " + to);
    }

    /** S5: terminals and transactions of the UNSIGNED and DUPLICATE_SIGNATURE findings. */
    private void collectAffected(Case k, Map<String, String> v, Effects fx) {
        List<TxnFiles.Finding> findings = TxnFiles.findings(v.get("findings")).stream()
                .filter(f -> f.rule().equals("UNSIGNED") || f.rule().equals("DUPLICATE_SIGNATURE"))
                .filter(f -> k.getSerialNumber() == null || k.getSerialNumber().equals(f.serialNumber())).toList();
        if (findings.isEmpty()) {
            throw new LifecycleException("Case " + k.getId() + " COLLECT_AFFECTED refused: " + v.get("findings")
                    + " has no UNSIGNED or DUPLICATE_SIGNATURE finding"
                    + (k.getSerialNumber() == null ? "" : " for terminal " + k.getSerialNumber()));
        }
        List<TransactionRow> txns = TxnFiles.transactions(v.get("transactions"));
        Set<String> terminals = new LinkedHashSet<>();
        List<AffectedTransaction> affected = new ArrayList<>();
        for (TxnFiles.Finding f : findings) {
            terminals.add(f.serialNumber());
            if (f.rule().equals("UNSIGNED")) {
                for (TransactionRow t : txns) {
                    if (t.serialNumber().equals(f.serialNumber()) && unsigned(t) && within(t, f)) {
                        affected.add(affected(t, "UNSIGNED"));
                    }
                }
            }
        }
        Set<String> duplicateSerials = findings.stream().filter(f -> f.rule().equals("DUPLICATE_SIGNATURE"))
                .map(TxnFiles.Finding::serialNumber).collect(Collectors.toSet());
        for (List<TransactionRow> group : duplicateGroups(txns)) {
            if (duplicateSerials.contains(group.get(0).serialNumber())) {
                group.forEach(t -> {
                    terminals.add(t.serialNumber());
                    affected.add(affected(t, "DUPLICATE_SIGNATURE"));
                });
            }
        }
        fx.value("affected_terminals", String.join(",", terminals));
        fx.value("affected_transactions", Integer.toString(affected.size()));
        for (String serial : terminals) {
            registry.terminal(serial).ifPresent(t -> fx.value("terminal." + serial, t.getVendor() + " "
                    + t.getModelName() + ", firmware " + t.getFirmware() + ", region " + t.getDeployedRegion()
                    + ", merchant " + t.getMerchantNo()));
        }
        affected.forEach(a -> fx.write((c, id) -> CaseStore.addTransaction(c, id, a)));
    }

    /** S5: after the fix, no affected terminal may show an unsigned or a duplicate signature. */
    private void verifySignatures(Case k, Map<String, String> v, Effects fx) {
        Instant fixedAt = time("fixed_at", CaseStore.value(k, "fixed_at")).toInstant();
        Set<String> terminals = Set.of(CaseStore.value(k, "affected_terminals").split(","));
        List<TransactionRow> after = TxnFiles.transactions(v.get("after_fix_transactions")).stream()
                .filter(t -> terminals.contains(t.serialNumber()) && t.time().toInstant().isAfter(fixedAt)).toList();
        List<String> bad = new ArrayList<>();
        after.stream().filter(Workflows::unsigned).forEach(t -> bad.add(t.txnId() + " unsigned"));
        duplicateGroups(after).forEach(g -> g.forEach(t -> bad.add(t.txnId() + " duplicate signature "
                + t.signatureRef())));
        if (after.isEmpty()) {
            throw new LifecycleException("Case " + k.getId() + " VERIFY refused: no transaction of "
                    + String.join(",", terminals) + " after the fix (" + fixedAt + ") to verify");
        }
        if (!bad.isEmpty()) {
            throw new LifecycleException("Case " + k.getId() + " VERIFY refused: " + bad.size()
                    + " transaction(s) after the fix still lack or duplicate a signature: "
                    + String.join("; ", bad.subList(0, Math.min(5, bad.size()))));
        }
        fx.value("verified_transactions", Integer.toString(after.size()));
    }

    private static boolean unsigned(TransactionRow t) {
        return t.result() == TxnResult.APPROVED && t.cvm() == Cvm.NONE && t.amount().compareTo(NO_CVM_LIMIT) > 0;
    }

    private static boolean within(TransactionRow t, TxnFiles.Finding f) {
        Instant when = t.time().toInstant();
        return (f.firstTime() == null || !when.isBefore(f.firstTime().toInstant()))
                && (f.lastTime() == null || !when.isAfter(f.lastTime().toInstant()));
    }

    /** @return transactions sharing one signature_ref across two or more txn ids, each group earliest first */
    private static List<List<TransactionRow>> duplicateGroups(List<TransactionRow> txns) {
        Map<String, List<TransactionRow>> byRef = new HashMap<>();
        for (TransactionRow t : txns) {
            if (t.signatureRef() != null) {
                byRef.computeIfAbsent(t.signatureRef(), r -> new ArrayList<>()).add(t);
            }
        }
        List<List<TransactionRow>> groups = new ArrayList<>();
        for (List<TransactionRow> g : byRef.values()) {
            if (g.stream().map(TransactionRow::txnId).distinct().count() > 1) {
                g.sort(Comparator.comparing((TransactionRow t) -> t.time().toInstant()).thenComparing(TransactionRow::txnId));
                groups.add(g);
            }
        }
        groups.sort(Comparator.comparing(g -> g.get(0).txnId()));
        return groups;
    }

    private static AffectedTransaction affected(TransactionRow t, String category) {
        AffectedTransaction a = CasesFactory.eINSTANCE.createAffectedTransaction();
        a.setTxnId(t.txnId());
        a.setSerialNumber(t.serialNumber());
        a.setTime(t.time().toInstant());
        a.setAmount(t.amount().toPlainString() + " " + t.currency());
        a.setResult(t.result().name());
        a.setCategory(category);
        return a;
    }

    /** Moves the case's terminal through the state machine unless it is already there (retried step). */
    private void move(Case k, TerminalState to, String actor, String approver, String reason,
            List<EvidenceRef> evidence) {
        if (terminal(k.getSerialNumber()).getState() != to) {
            lifecycle.changeState(new TransitionRequest(k.getSerialNumber(), to, actor, approver,
                    "case " + k.getId() + ": " + reason, evidence));
        }
    }

    /** @return who approved a step of the case, or null */
    static String approverOf(Case k, String kind) {
        for (Step s : k.getSteps()) {
            if (s.getKind().equals(kind)) {
                for (Approval a : s.getApprovals()) {
                    if (a.getDecision() == Decision.APPROVED) {
                        return a.getApprover();
                    }
                }
            }
        }
        return null;
    }

    private String boundTerminals(String merchantNo) {
        return registry.terminals(TerminalQuery.all().withMerchantNo(merchantNo).withPage(0, TerminalQuery.MAX_LIMIT))
                .items().stream().map(Terminal::getSerialNumber).collect(Collectors.joining(","));
    }

    Terminal terminal(String serial) {
        return registry.terminal(serial)
                .orElseThrow(() -> new LifecycleException("No terminal with serial number " + serial));
    }

    Merchant merchant(String merchantNo) {
        return registry.merchant(merchantNo)
                .orElseThrow(() -> new LifecycleException("No merchant with number " + merchantNo));
    }

    private static boolean reachable(Phone p) {
        return p != null && p.getNumber() != null && p.getStatus() != PhoneStatus.CANCELLED;
    }

    static String codeHash(long caseId, String code) {
        return AuditTrail.sha256((caseId + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    static <T> T require(T value, String message) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new LifecycleException(message);
        }
        return value;
    }

    static void oneOf(String name, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new LifecycleException(name + " must be one of " + String.join(", ", allowed) + ", not "
                    + (value == null ? "nothing" : "\"" + value + "\""));
        }
    }

    static OffsetDateTime time(String name, String text) {
        try {
            return OffsetDateTime.parse(require(text, name + " is required").strip());
        } catch (DateTimeParseException e) {
            throw new LifecycleException(name + " must be an ISO-8601 date-time with offset (e.g."
                    + " 2026-10-01T09:15:02+08:00), not \"" + text + "\"");
        }
    }
}
