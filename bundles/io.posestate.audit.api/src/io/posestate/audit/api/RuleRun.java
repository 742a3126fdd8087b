package io.posestate.audit.api;

/** One rule's state during one audit: sees every surviving transaction once, in file order, then finishes. */
@org.osgi.annotation.versioning.ConsumerType
public interface RuleRun {

    /** Called once per transaction that survived validation; must not keep {@code txn}. */
    default void accept(AuditedTransaction txn) {
    }

    /** Called once after the last transaction: report the findings. */
    void finish(FindingSink sink);
}
