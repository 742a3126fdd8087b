package io.posestate.lifecycle.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.lifecycle.AuditVerification;
import io.posestate.lifecycle.ConflictException;
import io.posestate.lifecycle.EvidenceRef;
import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.LifecycleFactory;
import io.posestate.lifecycle.OpenRequest;
import io.posestate.lifecycle.Role;
import io.posestate.lifecycle.StepInput;
import io.posestate.lifecycle.TransitionRequest;
import io.posestate.lifecycle.model.AffectedTransaction;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseStatus;
import io.posestate.lifecycle.model.Message;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.lifecycle.model.StepStatus;
import io.posestate.lifecycle.model.util.CasesResourceFactoryImpl;
import io.posestate.model.LifecycleEvent;
import io.posestate.model.PhoneStatus;
import io.posestate.model.TerminalState;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryFactory;
import io.posestate.store.Store;
import io.posestate.store.StoreLocation;
import io.posestate.testing.StoreBackend;

/** Lifecycle behaviour every database product must show (run on H2 and on PostgreSQL). */
abstract class LifecycleContract {
    static final String SUPERVISOR = "sue";
    static final String ANALYST = "alice";
    static final String ANALYST2 = "bob";
    static final String AUDITOR = "audrey";

    @TempDir
    Path tmp;
    Path data;
    StoreBackend backend;
    String location;
    Lifecycle lifecycle;
    EstateRegistry registry;

    abstract StoreBackend createBackend() throws Exception;

    @BeforeEach
    void open() throws Exception {
        backend = createBackend();
        location = backend.newLocation();
        data = TestData.copyAll(tmp.resolve("data"));
        registry = TestData.service(RegistryFactory.class).open(location);
        registry.importDirectory(data.resolve("estate"), "importer");
        lifecycle = TestData.service(LifecycleFactory.class).open(location);
        lifecycle.grantRole(SUPERVISOR, SUPERVISOR, Role.SUPERVISOR);
        lifecycle.grantRole(SUPERVISOR, ANALYST, Role.ANALYST);
        lifecycle.grantRole(SUPERVISOR, ANALYST2, Role.ANALYST);
        lifecycle.grantRole(SUPERVISOR, AUDITOR, Role.AUDITOR);
    }

    @AfterEach
    void close() throws Exception {
        if (lifecycle != null) {
            lifecycle.close();
        }
        if (registry != null) {
            registry.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    // ------------------------------------------------------------------ helpers

    private String file(String name) {
        return data.resolve(name).toString();
    }

    private TerminalState state(String serial) {
        return registry.terminal(serial).orElseThrow().getState();
    }

    private static StepInput in(String note, Map<String, String> values, EvidenceRef... evidence) {
        return StepInput.of(note, List.of(evidence), values);
    }

    private static EvidenceRef ev(String kind, String reference) {
        return EvidenceRef.of(kind, reference);
    }

    private Case step(Case k, String kind, String actor, StepInput input) {
        return lifecycle.step(k.getId(), k.getVersion(), kind, actor, input);
    }

    private static Step stepOf(Case k, String kind) {
        return k.getSteps().stream().filter(s -> s.getKind().equals(kind)).findFirst().orElseThrow();
    }

    private static String value(Case k, String name) {
        return k.getValues().stream().filter(v -> v.getName().equals(name)).map(v -> v.getValue()).findFirst()
                .orElse(null);
    }

    private static <T extends Throwable> T refused(Class<T> type, String fragment,
            org.junit.jupiter.api.function.Executable action) {
        T e = assertThrows(type, action);
        assertTrue(e.getMessage().contains(fragment), "message \"" + e.getMessage() + "\" should contain \""
                + fragment + "\"");
        return e;
    }

    /** The text of a PDF as PDFBox extracts it. */
    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void sql(String statement) {
        try (Store store = Store.open(StoreLocation.parse(location))) {
            store.inTransaction(c -> c.createStatement().executeUpdate(statement));
        }
    }

    // ------------------------------------------------------------------ state machine

    @Test
    void forbiddenAndUnknownTransitionsAreRefusedAndChangeNothing() {
        int events = lifecycle.auditTrail(null).size();
        int history = registry.history("MPOS-0007").size();
        refused(LifecycleException.class, "IN_STOCK -> ACTIVE refused: not an allowed transition; from IN_STOCK only"
                + " SHIPPED, DECOMMISSIONED", () -> lifecycle.changeState(new TransitionRequest("MPOS-0007",
                        TerminalState.ACTIVE, ANALYST, null, "try", List.of())));
        refused(LifecycleException.class, "it is already IN_STOCK", () -> lifecycle.changeState(
                new TransitionRequest("MPOS-0007", TerminalState.IN_STOCK, ANALYST, null, "again", List.of())));
        refused(LifecycleException.class, "No terminal with serial number NOPE-1", () -> lifecycle.changeState(
                new TransitionRequest("NOPE-1", TerminalState.SHIPPED, ANALYST, null, "x", List.of())));
        refused(LifecycleException.class, "a reason is required", () -> lifecycle.changeState(
                new TransitionRequest("MPOS-0007", TerminalState.SHIPPED, ANALYST, null, " ", List.of())));
        assertEquals(TerminalState.IN_STOCK, state("MPOS-0007"));
        assertEquals(history, registry.history("MPOS-0007").size());
        assertEquals(events, lifecycle.auditTrail(null).size());

        // a terminal scrapped from stock (second person) is final
        lifecycle.changeState(new TransitionRequest("MPOS-0007", TerminalState.DECOMMISSIONED, ANALYST, SUPERVISOR,
                "water damage", List.of(ev("DISPOSAL_RECORD", "DSP-7"))));
        assertEquals(TerminalState.DECOMMISSIONED, state("MPOS-0007"));
        refused(LifecycleException.class, "DECOMMISSIONED is final", () -> lifecycle.changeState(
                new TransitionRequest("MPOS-0007", TerminalState.IN_STOCK, ANALYST, null, "undo", List.of())));
        LifecycleEvent last = registry.history("MPOS-0007").get(registry.history("MPOS-0007").size() - 1);
        assertEquals(TerminalState.DECOMMISSIONED, last.getToState());
        assertEquals(ANALYST, last.getActor());
        assertEquals("STATE IN_STOCK -> DECOMMISSIONED", lifecycle.auditTrail("terminal:MPOS-0007").get(0).action());
        assertTrue(lifecycle.auditTrail("terminal:MPOS-0007").get(0).evidence().contains("APPROVED_BY=" + SUPERVISOR));
    }

    @Test
    void missingEvidenceIsRefused() {
        refused(LifecycleException.class, "missing evidence WIPE_CONFIRMATION", () -> lifecycle.changeState(
                new TransitionRequest("PAX-0001", TerminalState.DEACTIVATION_REQUESTED, ANALYST, null, "old",
                        List.of(ev("DATA_BACKUP", "BK-1")))));
        refused(LifecycleException.class, "missing evidence DATA_BACKUP, WIPE_CONFIRMATION", () -> lifecycle
                .changeState(new TransitionRequest("PAX-0001", TerminalState.DEACTIVATION_REQUESTED, ANALYST, null,
                        "old", List.of())));
        assertEquals(TerminalState.ACTIVE, state("PAX-0001"));
        lifecycle.changeState(new TransitionRequest("PAX-0001", TerminalState.DEACTIVATION_REQUESTED, ANALYST, null,
                "old", List.of(ev("DATA_BACKUP", "BK-1"), ev("wipe_confirmation", "WIPE-1"))));
        assertEquals(TerminalState.DEACTIVATION_REQUESTED, state("PAX-0001"));

        // a case step without its evidence is refused too and records nothing
        Case k = lifecycle.open(ANALYST, new OpenRequest(Scenario.S3, "MPOS-0003", null, "DEVICE_FAULT", null, null,
                null));
        Case k1 = step(k, "RECORD_REASON", ANALYST, in("screen broken", Map.of()));
        refused(LifecycleException.class, "missing evidence DATA_BACKUP", () -> step(k1, "DATA_BACKUP", ANALYST,
                in("done", Map.of(), ev("PHOTO", "p.jpg"))));
        Case reloaded = lifecycle.find(k.getId()).orElseThrow();
        assertEquals(k1.getVersion(), reloaded.getVersion());
        assertEquals(StepStatus.PENDING, stepOf(reloaded, "DATA_BACKUP").getStatus());
    }

    @Test
    void secondPersonRulesAndRoles() {
        lifecycle.changeState(new TransitionRequest("PAX-0001", TerminalState.SUSPENDED, ANALYST, null, "fraud check",
                List.of()));
        refused(LifecycleException.class, "needs the approval of a second person", () -> lifecycle.changeState(
                new TransitionRequest("PAX-0001", TerminalState.ACTIVE, ANALYST, null, "cleared", List.of())));
        refused(LifecycleException.class, "alice cannot approve their own request", () -> lifecycle.changeState(
                new TransitionRequest("PAX-0001", TerminalState.ACTIVE, ANALYST, ANALYST, "cleared", List.of())));
        refused(LifecycleException.class, "sue cannot approve their own request", () -> lifecycle.changeState(
                new TransitionRequest("PAX-0001", TerminalState.ACTIVE, SUPERVISOR, SUPERVISOR, "cleared", List.of())));
        refused(LifecycleException.class, "bob is an analyst; only a supervisor approves", () -> lifecycle.changeState(
                new TransitionRequest("PAX-0001", TerminalState.ACTIVE, ANALYST, ANALYST2, "cleared", List.of())));
        refused(LifecycleException.class, "audrey is an auditor", () -> lifecycle.changeState(
                new TransitionRequest("PAX-0001", TerminalState.ACTIVE, AUDITOR, SUPERVISOR, "cleared", List.of())));
        refused(LifecycleException.class, "mallory has no role", () -> lifecycle.changeState(
                new TransitionRequest("PAX-0001", TerminalState.ACTIVE, "mallory", SUPERVISOR, "x", List.of())));
        refused(LifecycleException.class, "only a supervisor can", () -> lifecycle.grantRole(ANALYST, "mallory",
                Role.SUPERVISOR));
        assertEquals(TerminalState.SUSPENDED, state("PAX-0001"));
        lifecycle.changeState(new TransitionRequest("PAX-0001", TerminalState.ACTIVE, ANALYST, SUPERVISOR, "cleared",
                List.of()));
        assertEquals(TerminalState.ACTIVE, state("PAX-0001"));
        assertEquals(Role.AUDITOR, lifecycle.role(AUDITOR).orElseThrow());
    }

    @Test
    void simultaneousStateChangesAreCheckedOneAfterTheOther() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String analyst : List.of(ANALYST, ANALYST2)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        lifecycle.changeState(new TransitionRequest("PAX-0001", TerminalState.SUSPENDED, analyst,
                                null, "suspicious", List.of()));
                        return "changed";
                    } catch (LifecycleException e) {
                        return e.getMessage();
                    }
                }));
            }
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(outcomes.contains("changed"), outcomes.toString());
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("it is already SUSPENDED")), outcomes.toString());
        assertEquals(1, lifecycle.auditTrail("terminal:PAX-0001").size(), "one event for the one change");
        assertTrue(lifecycle.verifyAudit().intact());
    }

    // ------------------------------------------------------------------ scenarios

    @Test
    void s1RebindingOpenedForCancelledPhonesAndWalkedThrough() {
        List<Case> opened = lifecycle.openRebindingCases(ANALYST);
        assertEquals(List.of("102310058120001", "103440058120004"), opened.stream().map(Case::getMerchantNo).toList());
        assertEquals(List.of(), opened.get(0).getFlags());
        assertEquals(List.of("NO_BACKUP_CONTACT"), opened.get(1).getFlags(), "merchant without backup contact flagged");
        assertEquals("PAX-0001,VF-0006", value(opened.get(0), "bound_terminals"));
        assertEquals(List.of(), lifecycle.openRebindingCases(ANALYST), "one open case per merchant and phone");

        Case k = opened.get(0);
        k = step(k, "VERIFY_CAUSE", ANALYST, in("carrier notice", Map.of("cause", "ACCOUNT_BINDING"),
                ev("CAUSE_CHECK", "carrier notice 2026-10-01")));
        Case k1 = k;
        refused(LifecycleException.class, "cannot be recorded before step 2 CONTACT_MERCHANT", () -> step(k1,
                "UNBIND_OLD", ANALYST, in(null, Map.of(), ev("UNBIND_RECORD", "u"))));
        k = step(k, "CONTACT_MERCHANT", ANALYST, in("reached on backup phone", Map.of("contact", "13900000001"),
                ev("CONTACT_RECORD", "call log 17")));
        k = step(k, "UNBIND_OLD", ANALYST, in(null, Map.of(), ev("UNBIND_RECORD", "UB-1")));
        k = step(k, "SEND_CODE", ANALYST, in(null, Map.of("new_phone", "13700000009")));
        Message sent = k.getMessages().get(0);
        assertEquals("13700000009", sent.getRecipient(), "code goes to the NEW number");
        assertEquals("RECORDED", sent.getStatus(), "recorded, never claimed as sent");
        Matcher m = Pattern.compile("code is (\\d{6})").matcher(sent.getText());
        assertTrue(m.find(), sent.getText());
        String code = m.group(1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        Case k2 = k;
        refused(LifecycleException.class, "does not match the one sent to 137****0009", () -> step(k2,
                "CONFIRM_CODE", ANALYST, in(null, Map.of("code", wrong))));
        k = step(k, "CONFIRM_CODE", ANALYST, in(null, Map.of("code", code)));
        assertEquals("13700000009", value(k, "bound_phone"));
        assertEquals("13700000009", registry.merchant("102310058120001").orElseThrow().getPhone().getNumber(),
                "the confirmed number is the merchant's bound phone in the registry");
        var rebound = registry.history("PAX-0001").get(registry.history("PAX-0001").size() - 1);
        assertEquals(ANALYST, rebound.getActor());
        assertTrue(rebound.getReason().contains("-> 137****0009"), rebound.getReason());
        assertNotNull(rebound.getTime());
        assertEquals(null, value(k, "code"), "the code itself is not kept");
        k = step(k, "UPDATE_TERMINALS", ANALYST, in(null, Map.of()));
        assertEquals("PAX-0001,VF-0006", value(k, "terminals_updated"));
        k = step(k, "CHECK_DEVICE", ANALYST, in("test payment ok", Map.of(), ev("DEVICE_CHECK", "TEST-TXN-1")));
        assertEquals(CaseStatus.CLOSED, k.getStatus());
        String html = lifecycle.report(k.getId());
        assertTrue(html.contains("137****0009"), "phones masked in the report");
        assertFalse(html.contains("13700000009"), "no full phone number in the report");
        assertFalse(html.contains(code), "no one-time code in the report");
        assertTrue(html.contains("上海小笼包店"), "the merchant's name in its own script");
        String pdf = pdfText(lifecycle.reportPdf(k.getId()));
        assertTrue(pdf.contains("上海小笼包店"), "the Chinese merchant name is rendered in the PDF:\n" + pdf);
        assertTrue(pdf.contains("137****0009") && pdf.contains("CHECK_DEVICE"), pdf);
        assertFalse(pdf.contains("13700000009") || pdf.contains("6222020000000001"), "phone and account masked");
        assertFalse(pdf.contains(code), "no one-time code in the PDF");
        System.setProperty("posestate.pdf.font", "none");
        try {
            String plain = pdfText(lifecycle.reportPdf(k.getId()));
            assertTrue(plain.startsWith("Note: no font with Chinese characters"), "the fallback says so:\n" + plain);
            assertTrue(plain.contains("102310058120001 ??????"), "Chinese shown as '?' without a CJK font:\n" + plain);
        } finally {
            System.clearProperty("posestate.pdf.font");
        }
        assertTrue(lifecycle.verifyAudit().intact());
    }

    @Test
    void s1OpenedOnItsOwnWhenAReceiptShowsTheBoundPhoneCancelled() throws Exception {
        lifecycle.phoneCancelled("13800000002");
        List<Case> s1 = lifecycle.list(CaseStatus.OPEN, Scenario.S1);
        assertEquals(List.of("102310054110002"), s1.stream().map(Case::getMerchantNo).toList(),
                "only the merchant whose phone the receipt named (the others wait for open-rebinding)");
        assertEquals(Lifecycle.SYSTEM, s1.get(0).getOpenedBy());
        assertEquals(PhoneStatus.CANCELLED, registry.merchant("102310054110002").orElseThrow().getPhone().getStatus());
        assertEquals(List.of(), lifecycle.phoneCancelled("13800000002"));
        assertEquals(1, lifecycle.list(CaseStatus.OPEN, Scenario.S1).size(), "a second receipt opens nothing new");
        refused(LifecycleException.class, "cannot be granted a role", () -> lifecycle.grantRole(SUPERVISOR,
                Lifecycle.SYSTEM, Role.SUPERVISOR));
    }

    @Test
    void s2StopUseAlertFromCriticalFindingApprovedSentAndReceipted() {
        List<Case> opened = lifecycle.openAlertsFromFindings(ANALYST, file("findings.csv"));
        // CODE_JUMP -> RISK_CONTROL on PAX-0002; DUPLICATE_SIGNATURE -> SUSPECTED_FRAUD on SUN-0005; unknown and
        // WARNING findings are skipped
        assertEquals(List.of("PAX-0002 RISK_CONTROL", "SUN-0005 SUSPECTED_FRAUD"), opened.stream()
                .map(c -> c.getSerialNumber() + " " + c.getCause()).toList());
        assertEquals(List.of(), lifecycle.openAlertsFromFindings(ANALYST, file("findings.csv")), "idempotent");
        refused(LifecycleException.class, "is already open for terminal PAX-0002 (RISK_CONTROL)", () -> lifecycle
                .open(ANALYST2, new OpenRequest(Scenario.S2, "PAX-0002", null, "RISK_CONTROL", null, null, null)));

        Case k = opened.get(0);
        k = step(k, "REQUEST_ALERT", ANALYST, in("code jumping to another region", Map.of()));
        assertEquals(StepStatus.AWAITING_APPROVAL, stepOf(k, "REQUEST_ALERT").getStatus());
        Case k1 = k;
        refused(LifecycleException.class, "awaits the approval of a second person", () -> step(k1, "SEND_ALERT",
                ANALYST, in(null, Map.of())));
        refused(LifecycleException.class, "alice cannot approve their own request", () -> lifecycle.approve(
                k1.getId(), k1.getVersion(), "REQUEST_ALERT", ANALYST, true, "ok"));
        refused(LifecycleException.class, "only a supervisor approves", () -> lifecycle.approve(k1.getId(),
                k1.getVersion(), "REQUEST_ALERT", AUDITOR, true, "ok"));
        k = lifecycle.approve(k.getId(), k.getVersion(), "REQUEST_ALERT", SUPERVISOR, true, "agreed");
        assertEquals(StepStatus.DONE, stepOf(k, "REQUEST_ALERT").getStatus());
        assertEquals(SUPERVISOR, stepOf(k, "REQUEST_ALERT").getApprovals().get(0).getApprover());

        k = step(k, "SEND_ALERT", ANALYST, in(null, Map.of()));
        assertNull(k.getReferenceCode(), "no messaging bundle: nothing sent, so no reference code issued");
        Message alert = k.getMessages().get(0);
        assertEquals("13800000002", alert.getRecipient());
        assertEquals("STORE_RECORD", alert.getChannel());
        assertTrue(alert.getText().contains("PAX-0002"));
        assertFalse(alert.getText().contains("http"));
        assertEquals("RECORDED", alert.getStatus());
        assertEquals(TerminalState.SUSPENDED, state("PAX-0002"), "stop-use suspends the terminal");

        assertTrue(lifecycle.caseByReference("ABCDE-FGHJK-MNPQR").isEmpty());

        k = step(k, "DELIVERY_RECEIPT", ANALYST, in(null, Map.of("receipt", "DELIVERED"),
                ev("DELIVERY_RECEIPT", "SMSC-RCPT-981")));
        assertEquals(CaseStatus.CLOSED, k.getStatus());
        assertEquals("DELIVERED", k.getMessages().get(0).getStatus());
        // closed: a new alert for the same cause may be opened again later
        Case again = lifecycle.open(ANALYST, new OpenRequest(Scenario.S2, "PAX-0002", null, "RISK_CONTROL", null,
                null, null));
        again = step(again, "REQUEST_ALERT", ANALYST, in("still jumping", Map.of()));
        again = lifecycle.approve(again.getId(), again.getVersion(), "REQUEST_ALERT", SUPERVISOR, true, null);
        again = step(again, "SEND_ALERT", ANALYST, in(null, Map.of()));
        // a receipt saying the number does not exist marks the phone CANCELLED: S1 re-binding follows
        step(again, "DELIVERY_RECEIPT", ANALYST, in(null, Map.of("receipt", "UNKNOWN_NUMBER"),
                ev("DELIVERY_RECEIPT", "SMSC-RCPT-982")));
        assertEquals(PhoneStatus.CANCELLED, registry.merchant("102310054110002").orElseThrow()
                .getPhone().getStatus());
        assertTrue(lifecycle.openRebindingCases(ANALYST).stream()
                .anyMatch(c -> c.getMerchantNo().equals("102310054110002")));
    }

    @Test
    void s3DecommissioningInOrderWithSecondPersonAndReplacementLink() throws Exception {
        Case k = lifecycle.open(ANALYST, new OpenRequest(Scenario.S3, "MPOS-0003", null, "REPLACEMENT", null, null,
                null));
        assertEquals(8, k.getSteps().size());
        Case k0 = k;
        refused(LifecycleException.class, "needs the new terminal", () -> step(k0, "RECORD_REASON", ANALYST,
                in("upgrade", Map.of())));
        k = step(k, "RECORD_REASON", ANALYST, in("upgrade to ME30 v2", Map.of("replacement", "MPOS-0007")));
        k = step(k, "DATA_BACKUP", ANALYST, in(null, Map.of(), ev("DATA_BACKUP", "backup-3.tar")));
        k = step(k, "WIPE", ANALYST, in(null, Map.of(), ev("WIPE_CONFIRMATION", "device wipe receipt W-3")));
        Case k1 = k;
        refused(LifecycleException.class, "alice cannot approve their own request", () -> lifecycle.approve(
                k1.getId(), k1.getVersion(), "WIPE", ANALYST, true, null));
        k = lifecycle.approve(k.getId(), k.getVersion(), "WIPE", SUPERVISOR, true, "wipe seen");
        k = step(k, "DEACTIVATION_REQUEST", ANALYST, in(null, Map.of()));
        assertEquals(TerminalState.DEACTIVATION_REQUESTED, state("MPOS-0003"));
        k = step(k, "ACQUIRER_APPROVAL", ANALYST, in(null, Map.of()));
        Case k2 = k;
        refused(LifecycleException.class, "bob is an analyst", () -> lifecycle.approve(k2.getId(), k2.getVersion(),
                "ACQUIRER_APPROVAL", ANALYST2, true, null));
        k = lifecycle.approve(k.getId(), k.getVersion(), "ACQUIRER_APPROVAL", SUPERVISOR, true, "approved");
        Case k3 = k;
        refused(LifecycleException.class, "missing value(s) receiver, place", () -> step(k3, "DEVICE_RETURNED",
                ANALYST, in(null, Map.of("received_at", "2026-10-09T10:00:00+08:00"), ev("RETURN_RECEIPT", "R-3"))));
        k = step(k, "DEVICE_RETURNED", ANALYST, in(null, Map.of("receiver", "Li Wei", "place", "Pudong collection point",
                "received_at", "2026-10-09T10:00:00+08:00"), ev("RETURN_RECEIPT", "R-3")));
        assertEquals(TerminalState.RETURNED, state("MPOS-0003"));
        Case k4 = k;
        refused(LifecycleException.class, "sue cannot approve their own request", () -> step(k4,
                "DEACTIVATION_CONFIRMED", SUPERVISOR, in(null, Map.of(), ev("DEACTIVATION_CONFIRMATION", "ACQ-OK-3"))));
        assertEquals(TerminalState.RETURNED, state("MPOS-0003"));
        k = step(k, "DEACTIVATION_CONFIRMED", ANALYST, in(null, Map.of(), ev("DEACTIVATION_CONFIRMATION", "ACQ-OK-3")));
        assertEquals(TerminalState.DECOMMISSIONED, state("MPOS-0003"));
        k = step(k, "STAKEHOLDERS_NOTIFIED", ANALYST, in(null, Map.of(), ev("NOTIFICATION_RECORD", "mail 2026-10-09")));
        assertEquals(CaseStatus.CLOSED, k.getStatus());
        assertEquals(List.of("MPOS-0003 replaced by MPOS-0007 (case " + k.getId() + ")"),
                lifecycle.replacementLinks("MPOS-0007"));
        List<TerminalState> states = registry.history("MPOS-0003").stream().map(LifecycleEvent::getToState).toList();
        assertEquals(List.of(TerminalState.DEACTIVATION_REQUESTED, TerminalState.RETURNED,
                TerminalState.DECOMMISSIONED), states.subList(states.size() - 3, states.size()));
        assertTrue(lifecycle.report(k.getId()).contains("Pudong collection point"));

        long closedId = k.getId();
        // a board's list carries the steps with their evidence and approvals, as find() reads them, for every case
        Case opened = lifecycle.open(ANALYST, new OpenRequest(Scenario.S3, "MPOS-0007", null, "REPLACEMENT", null,
                null, null));
        List<Case> board = lifecycle.listWithSteps(null, Scenario.S3);
        assertEquals(lifecycle.list(null, Scenario.S3).stream().map(Case::getId).toList(),
                board.stream().map(Case::getId).toList());
        for (Case listed : board) {
            Case found = lifecycle.find(listed.getId()).orElseThrow();
            // compared detached: a step's container is its case, whose values and messages only find() reads
            assertTrue(EcoreUtil.equals(List.copyOf(EcoreUtil.copyAll(found.getSteps())),
                    List.copyOf(EcoreUtil.copyAll(listed.getSteps()))), "steps of case " + listed.getId());
            assertEquals(found.getVersion(), listed.getVersion());
        }
        assertTrue(board.stream().anyMatch(c -> c.getId() == opened.getId() && c.getSteps().size() == 8));
        assertTrue(lifecycle.listWithSteps(CaseStatus.CLOSED, Scenario.S3).stream().filter(c -> c.getId() == closedId)
                .allMatch(c -> c.getSteps().get(2).getApprovals().size() == 1
                        && c.getSteps().get(1).getEvidence().size() == 1));
        assertTrue(lifecycle.listWithSteps(CaseStatus.CANCELLED, Scenario.S3).isEmpty());

        // the case is an EMF model: it round-trips through XMI with its steps, evidence, approvals and values
        CasesResourceFactoryImpl factory = new CasesResourceFactoryImpl();
        Resource out = factory.createResource(URI.createURI("case.cases"));
        out.getContents().add(k);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes, null);
        Resource in = factory.createResource(URI.createURI("case.cases"));
        in.load(new ByteArrayInputStream(bytes.toByteArray()), null);
        assertTrue(EcoreUtil.equals(k, in.getContents().get(0)), bytes.toString(StandardCharsets.UTF_8));

        // the case records must agree with the chained events: edits in the case tables are reported
        assertTrue(lifecycle.verifyAudit().intact(), lifecycle.verifyAudit().problems().toString());
        long id = k.getId();
        sql("UPDATE case_approval SET approver = 'bob' WHERE case_id = " + id + " AND step_no = 3");
        sql("UPDATE case_evidence SET reference = 'forged' WHERE case_id = " + id + " AND step_no = 2");
        sql("UPDATE case_step SET actor = 'mallory' WHERE case_id = " + id + " AND step_no = 8");
        assertEquals(List.of("case " + id + " step 8 STAKEHOLDERS_NOTIFIED: recorded as DONE by mallory but the audit"
                + " trail has no such step event (case records edited)",
                "case " + id + ": APPROVE 3 WIPE by bob is not in the audit trail (case records edited)",
                "case " + id + " step 2: evidence DATA_BACKUP=forged is not in the audit trail (case records edited)"),
                lifecycle.verifyAudit().problems());
    }

    @Test
    void s4ServiceTicketTriageAndKnowledgeBase() {
        Case k = lifecycle.open(ANALYST, new OpenRequest(Scenario.S4, "SUN-0004", null, "screen stays black after"
                + " power on", null, null, Map.of("since", "2026-10-01T09:00:00+08:00")));
        assertFalse(k.getFlags().contains("KNOWN_FIX"));
        assertTrue(stepOf(k, "CHECK_LINK").getTitle().contains("Wi-Fi"), "the checklist follows the connection");
        Case k0 = k;
        refused(LifecycleException.class, "result must be one of OK, FAULT, NOT_APPLICABLE, not \"MAYBE\"",
                () -> step(k0, "CHECK_POWER", ANALYST, in(null, Map.of("result", "MAYBE"))));
        refused(LifecycleException.class, "Case " + k.getId() + " is already open for terminal SUN-0004",
                () -> lifecycle.open(ANALYST2, new OpenRequest(Scenario.S4, "SUN-0004", null, "x", null, null, null)));
        for (String[] check : new String[][] {{"CHECK_POWER", "OK"}, {"CHECK_SCREEN", "FAULT"},
                {"CHECK_LINK", "NOT_APPLICABLE"}, {"CHECK_NETWORK", "OK"}, {"CHECK_RESTART", "FAULT"}}) {
            k = step(k, check[0], ANALYST, in(null, Map.of("result", check[1])));
        }
        assertEquals("FAULT", value(k, "check_screen"));
        assertEquals("NOT_APPLICABLE", value(k, "check_link"));
        k = step(k, "SERVICE_TICKET", ANALYST, in(null, Map.of("error_codes", "E42")));
        assertEquals("Sunmi P2", value(k, "model"));
        assertEquals("T-" + k.getId(), value(k, "ticket"));
        k = step(k, "TRIAGE", ANALYST, in(null, Map.of("transactions", file("transactions-outage.csv"),
                "to", "2026-10-01T12:00:00+08:00")));
        assertEquals("COMPLETED_NOT_SETTLED=1, FAILED=1, NOT_COMPLETED=2", value(k, "triage"));
        assertEquals(List.of("COMPLETED_NOT_SETTLED T1", "FAILED T2", "NOT_COMPLETED T3", "NOT_COMPLETED T4"),
                k.getTransactions().stream().map(t -> t.getCategory() + " " + t.getTxnId()).toList());
        k = step(k, "RESOLVE", ANALYST, in(null, Map.of("cause", "display ribbon cable loose",
                "fix", "reseat the display cable")));
        assertEquals(CaseStatus.CLOSED, k.getStatus());

        // a later ticket with a similar symptom finds the fix first
        Case later = lifecycle.open(ANALYST2, new OpenRequest(Scenario.S4, "PAX-0002", null, "black screen",
                null, null, null));
        assertTrue(later.getFlags().contains("KNOWN_FIX"));
        assertTrue(value(later, "knowledge").contains("reseat the display cable"), value(later, "knowledge"));
        assertEquals("reseat the display cable", lifecycle.searchKnowledge("screen black").get(0).fix());
    }

    @Test
    void s5SignatureIncidentCollectedFixedVerifiedAndReported() {
        Case k = lifecycle.open(ANALYST, new OpenRequest(Scenario.S5, null, null, "slips without signature", null,
                null, null));
        k = step(k, "COLLECT_AFFECTED", ANALYST, in(null, Map.of("findings", file("findings.csv"),
                "transactions", file("transactions-signature.csv"))));
        assertEquals("SUN-0005", value(k, "affected_terminals"));
        List<String> txns = new ArrayList<>();
        for (AffectedTransaction t : k.getTransactions()) {
            txns.add(t.getCategory() + " " + t.getTxnId());
        }
        assertEquals(List.of("DUPLICATE_SIGNATURE D1", "DUPLICATE_SIGNATURE D2", "UNSIGNED U1", "UNSIGNED U2"), txns,
                "exactly-at-limit U3 and other terminals' X1 are not affected");
        assertTrue(value(k, "terminal.SUN-0005").startsWith("Sunmi V2s"));
        k = step(k, "AFTER_SALES", ANALYST, in("visited the shop", Map.of("cause", "FIRMWARE"),
                ev("AFTER_SALES_RECORD", "visit report 55")));
        k = step(k, "FIX", ANALYST, in("firmware 1.2 installed", Map.of("fixed_at", "2026-10-05T00:00:00+08:00"),
                ev("FIX_RECORD", "FW-1.2")));
        Case k1 = k;
        refused(LifecycleException.class, "A1 unsigned", () -> step(k1, "VERIFY", ANALYST, in(null,
                Map.of("after_fix_transactions", file("after-fix-bad.csv")), ev("SIGNED_SLIP", "slip.jpg"))));
        k = step(k, "VERIFY", ANALYST, in(null, Map.of("after_fix_transactions", file("after-fix-good.csv")),
                ev("SIGNED_SLIP", "slip.jpg")));
        assertEquals("3", value(k, "verified_transactions"));
        Case k2 = k;
        refused(LifecycleException.class, "missing value(s) prevention", () -> step(k2, "INCIDENT_REPORT", ANALYST,
                in(null, Map.of("description", "d", "investigation", "i", "fix_assessment", "f"))));
        k = step(k, "INCIDENT_REPORT", ANALYST, in(null, Map.of("description", "Unsigned slips on SUN-0005",
                "investigation", "firmware 1.1 skipped the signature prompt", "fix_assessment", "firmware 1.2 fixes it",
                "prevention", "firmware rollout checklist includes a signed test slip")));
        assertEquals(CaseStatus.CLOSED, k.getStatus());
        String html = lifecycle.report(k.getId());
        for (String section : List.of("Description", "Investigation", "Fix and its assessment", "Prevention",
                "firmware rollout checklist", "DUPLICATE_SIGNATURE")) {
            assertTrue(html.contains(section), section);
        }
    }

    // ------------------------------------------------------------------ audit trail and concurrency

    @Test
    void tamperingWithTheAuditTrailIsDetected() {
        lifecycle.changeState(new TransitionRequest("VF-0006", TerminalState.ACTIVE, ANALYST, null, "installed",
                List.of()));
        lifecycle.open(ANALYST, new OpenRequest(Scenario.S5, null, null, "x", null, null, null));
        AuditVerification ok = lifecycle.verifyAudit();
        assertTrue(ok.intact(), ok.problems().toString());
        assertEquals(6, ok.events(), "4 role grants, 1 state change, 1 case opened");

        sql("UPDATE audit_event SET reason = 'nothing happened' WHERE seq = 5");
        AuditVerification edited = lifecycle.verifyAudit();
        assertEquals(List.of("event 5 (STATE SHIPPED -> ACTIVE on terminal:VF-0006 by alice): content does not match"
                + " its hash (edited)"), edited.problems());
        sql("UPDATE audit_event SET reason = 'installed' WHERE seq = 5");
        assertTrue(lifecycle.verifyAudit().intact(), "restoring the content restores the chain");

        // reorder: swap events 3 and 4
        sql("UPDATE audit_event SET seq = -3 WHERE seq = 3");
        sql("UPDATE audit_event SET seq = 3 WHERE seq = 4");
        sql("UPDATE audit_event SET seq = 4 WHERE seq = -3");
        AuditVerification reordered = lifecycle.verifyAudit();
        assertFalse(reordered.intact());
        assertTrue(reordered.problems().stream().anyMatch(p -> p.startsWith("event 3")), reordered.problems().toString());
        sql("UPDATE audit_event SET seq = -3 WHERE seq = 3");
        sql("UPDATE audit_event SET seq = 3 WHERE seq = 4");
        sql("UPDATE audit_event SET seq = 4 WHERE seq = -3");
        assertTrue(lifecycle.verifyAudit().intact());

        sql("DELETE FROM audit_event WHERE seq = 2");
        assertTrue(lifecycle.verifyAudit().problems().contains("event 3 follows event 1: event(s) 2 deleted"),
                lifecycle.verifyAudit().problems().toString());

        sql("DELETE FROM audit_event WHERE seq = 6");
        assertTrue(lifecycle.verifyAudit().problems().stream().anyMatch(p -> p.contains("the latest event(s) were"
                + " deleted")), lifecycle.verifyAudit().problems().toString());
    }

    @Test
    void s4DiagnosisGuidedByTheTerminalDriver() {
        Case k = lifecycle.open(ANALYST, new OpenRequest(Scenario.S4, "ACME-0008", null, "no connection to host",
                null, null, null));
        List<String> kinds = k.getSteps().stream().map(Step::getKind).toList();
        assertEquals("CHECK_POWER", kinds.get(0), kinds.toString());
        assertTrue(kinds.contains("CHECK_PRINTER"), "the AS-600 has a printer: " + kinds);
        assertEquals(List.of("SERVICE_TICKET", "TRIAGE", "RESOLVE"), kinds.subList(kinds.size() - 3, kinds.size()));
        assertTrue(stepOf(k, "CHECK_POWER").getTitle().contains("E101"), stepOf(k, "CHECK_POWER").getTitle());
        assertTrue(value(k, "diagnosis").contains("acme-smart"), value(k, "diagnosis"));
        k = step(k, "CHECK_POWER", ANALYST, in(null, Map.of("result", "OK")));
        assertEquals("OK", value(k, "check_power"));
        Case k1 = k;
        refused(LifecycleException.class, "result must be one of", () -> step(k1, kinds.get(1), ANALYST,
                in(null, Map.of("result", "perhaps"))));
    }

    @Test
    void concurrentEditsByTwoAnalystsConflictClearlyAndLoseNothing() throws Exception {
        Case opened = lifecycle.open(ANALYST, new OpenRequest(Scenario.S4, "SUN-0004", null, "no network", null, null,
                null));
        Case alicesCopy = lifecycle.find(opened.getId()).orElseThrow();
        Case bobsCopy = lifecycle.find(opened.getId()).orElseThrow();
        step(alicesCopy, "CHECK_POWER", ANALYST, in("battery fine", Map.of("result", "OK")));
        ConflictException conflict = refused(ConflictException.class, "was changed by alice", () -> lifecycle.step(
                bobsCopy.getId(), bobsCopy.getVersion(), "CHECK_SCREEN", ANALYST2, in(null, Map.of("result", "OK"))));
        assertTrue(conflict.getMessage().contains("reload the case and apply it again"), conflict.getMessage());
        Case reloaded = lifecycle.find(opened.getId()).orElseThrow();
        Case after = step(reloaded, "CHECK_SCREEN", ANALYST2, in("screen fine", Map.of("result", "OK")));
        assertEquals(ANALYST, stepOf(after, "CHECK_POWER").getActor());
        assertEquals(ANALYST2, stepOf(after, "CHECK_SCREEN").getActor());
        assertEquals(opened.getVersion() + 2, after.getVersion());

        // truly simultaneous: both read the same version, exactly one wins, the other gets the conflict
        Case same = lifecycle.find(opened.getId()).orElseThrow();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Case>> results = new ArrayList<>();
            for (String analyst : List.of(ANALYST, ANALYST2)) {
                Callable<Case> work = () -> {
                    start.await();
                    return lifecycle.step(same.getId(), same.getVersion(), "CHECK_LINK", analyst,
                            in(analyst, Map.of("result", "OK")));
                };
                results.add(pool.submit(work));
            }
            int won = 0;
            int conflicts = 0;
            for (Future<Case> f : results) {
                try {
                    f.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof ConflictException, String.valueOf(e.getCause()));
                    conflicts++;
                }
            }
            assertEquals(1, won);
            assertEquals(1, conflicts);
        } finally {
            pool.shutdownNow();
        }
        Case end = lifecycle.find(opened.getId()).orElseThrow();
        assertEquals(StepStatus.DONE, stepOf(end, "CHECK_LINK").getStatus());
        assertEquals(same.getVersion() + 1, end.getVersion());
        assertTrue(lifecycle.verifyAudit().intact(), lifecycle.verifyAudit().problems().toString());
    }
}
