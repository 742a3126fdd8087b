/**
 * Lifecycle workflows of POS terminals: the terminal state machine ({@link io.posestate.lifecycle.TransitionRules}),
 * cases of the five field scenarios with steps, evidence and second-person approvals, roles, and the hash-chained
 * audit trail. Open one with {@link io.posestate.lifecycle.LifecycleFactory}, an OSGi service.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package io.posestate.lifecycle;
