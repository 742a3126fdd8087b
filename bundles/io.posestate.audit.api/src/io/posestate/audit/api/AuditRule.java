package io.posestate.audit.api;

/**
 * A risk rule, registered as an OSGi service. The engine finds every rule service at run time, starts one
 * {@link RuleRun} per audit and streams the transactions through all runs in one pass. Rules are stateless
 * services; all per-audit state lives in the run.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface AuditRule {

    /** Rule id as written in findings, e.g. {@code CODE_JUMP} (upper case, digits, '_'). */
    String id();

    /** Version of the rule's logic, recorded in the evidence, e.g. {@code 1.0.0}. */
    String version();

    /** One sentence for people. */
    String description();

    /**
     * Whether this rule's runs call {@link AuditedTransaction#row()}. A rule that uses only the other accessors
     * returns false; when no rule of an audit reads rows the engine never builds them, which makes streaming
     * several times cheaper.
     */
    default boolean readsRows() {
        return true;
    }

    /** Starts a run over one audit's estate. */
    RuleRun start(AuditContext context);
}
