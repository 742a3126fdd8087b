/**
 * The estate risk audit's contract: rules are {@link io.posestate.audit.api.AuditRule} services (a bundle adds a
 * rule by registering one, the engine needs no change), they see each surviving transaction once through a
 * {@link io.posestate.audit.api.RuleRun} and report {@link io.posestate.audit.api.Finding}s; the
 * {@link io.posestate.audit.api.AuditService} runs an audit; a {@link io.posestate.audit.api.FindingStore} keeps
 * findings linked to terminals and merchants.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.audit.api;
