package io.posestate.lifecycle;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseStatus;
import io.posestate.lifecycle.model.Scenario;

/**
 * Lifecycle workflows on one estate store. The registry records terminal states and their history; this decides
 * which changes are allowed ({@link #rules()}) and runs the cases of the five field scenarios. Every state change
 * and case step is appended to the hash-chained audit trail. Refusals throw {@link LifecycleException} (a stale
 * case version {@link ConflictException}) and change nothing. Results are detached EMF objects. Thread-safe.
 */
@ProviderType
public interface Lifecycle extends AutoCloseable {
    /** Version to pass when the caller does not hold a read version (no optimistic check). */
    int ANY_VERSION = -1;

    /**
     * The actor of what the workbench does by itself on an event (e.g. re-binding cases opened on an SMS receipt).
     * It may only open S1 re-binding cases; it cannot be granted a role.
     */
    String SYSTEM = "system";

    /** @return the terminal state machine */
    TransitionRules rules();

    /** @return the role of a person, or empty when none was granted */
    Optional<Role> role(String actor);

    /**
     * Grants a role. Only a supervisor grants roles, except the very first grant of a store (which must make a
     * supervisor: it sets the store up).
     */
    void grantRole(String granter, String actor, Role role);

    /** Moves a terminal to another state if the rules allow it (evidence, second approver) and records it. */
    void changeState(TransitionRequest request);

    /** Opens a case with the steps of its scenario; refused while a case for the same subject and cause is open. */
    Case open(String actor, OpenRequest request);

    /**
     * Records the next step of a case (steps are done in order). A step that needs approval waits for
     * {@link #approve}; otherwise it is done and its action runs (e.g. a state change, a message).
     *
     * @param expectedVersion the case version the actor read, or {@link #ANY_VERSION}
     * @throws ConflictException when the case changed since that version
     */
    Case step(long caseId, int expectedVersion, String kind, String actor, StepInput input);

    /** A second person (a supervisor who neither opened the case nor did the step) approves or rejects a step. */
    Case approve(long caseId, int expectedVersion, String kind, String approver, boolean approved, String comment);

    /** Cancels an open case (e.g. opened by mistake), with a reason. */
    Case cancel(long caseId, int expectedVersion, String actor, String reason);

    Optional<Case> find(long caseId);

    /** @return cases by id, optionally only of one status and/or scenario (null = any) */
    List<Case> list(CaseStatus status, Scenario scenario);

    /**
     * As {@link #list} with each case's steps, their evidence and approvals (a board of cases, without a query per
     * case); values, messages and transactions stay with {@link #find}.
     */
    List<Case> listWithSteps(CaseStatus status, Scenario scenario);

    /**
     * Opens an S1 re-binding case for every merchant whose bound phone is CANCELLED and who has no open one yet
     * (run after a phone_status import; also done on its own when a delivery receipt shows a number cancelled,
     * with the actor {@link #SYSTEM}). Merchants without a backup contact get the flag NO_BACKUP_CONTACT.
     *
     * @return the cases opened now
     */
    List<Case> openRebindingCases(String actor);

    /**
     * Opens an S2 stop-use alert for every CRITICAL finding of an audit findings.csv that names a registered
     * terminal (cause from the rule: CODE_JUMP and DORMANT -> RISK_CONTROL, RELOCATED -> RELOCATED,
     * DUPLICATE_SIGNATURE -> SUSPECTED_FRAUD, FAILURE_SPIKE -> TERMINAL_ABNORMAL), skipping terminals that already
     * have an open alert for that cause.
     *
     * @return the cases opened now
     */
    List<Case> openAlertsFromFindings(String actor, String findingsFile);

    /**
     * @return the S2 alert carrying this reference code, or empty. Whether a code is genuine is told by the
     *         notification service (verify-alert), which issues the codes
     */
    Optional<Case> caseByReference(String referenceCode);

    /**
     * Records a delivery receipt on the case whose message it is about (message status and a case event
     * {@code RECEIPT <status>}); the first final receipt of an S2 alert completes its DELIVERY_RECEIPT step (actor
     * {@link #SYSTEM}). A receipt already recorded, or for a message no case sent, changes nothing.
     *
     * @return whether it was recorded now
     */
    boolean recordReceipt(MessageReceipt receipt);

    /**
     * A delivery receipt showed a phone number not to exist: records it CANCELLED (source SMS_RECEIPT) unless the
     * registry knows it so already, and opens S1 re-binding cases for the merchants bound to it (actor
     * {@link #SYSTEM}).
     *
     * @return the cases opened now
     */
    List<Case> phoneCancelled(String phone);

    /** @return knowledge base entries matching the words of a symptom, best first */
    List<KnowledgeEntry> searchKnowledge(String text);

    /** @return the serial numbers of terminals linked as replacement of this one, and of the one it replaced */
    List<String> replacementLinks(String serialNumber);

    /** @return the audit events of a subject ({@code terminal:SERIAL}, {@code case:ID}), or all for null */
    List<AuditEvent> auditTrail(String subject);

    /**
     * Re-computes the hash chain and reports any edited, reordered or deleted event, and any case record (step,
     * evidence, approval, closing) that has no matching event.
     */
    AuditVerification verifyAudit();

    /** @return the evidence report of one case as a self-contained HTML page (phone numbers masked) */
    String report(long caseId);

    /** @return the same evidence report as a PDF (A4 landscape; Chinese names need a CJK font, else a note says so) */
    byte[] reportPdf(long caseId);

    @Override
    void close();
}
