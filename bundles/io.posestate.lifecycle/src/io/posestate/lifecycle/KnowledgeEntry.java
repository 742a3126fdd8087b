package io.posestate.lifecycle;

/** A solved service ticket in the knowledge base: symptom, cause and fix, for a terminal model (may be null). */
public record KnowledgeEntry(long id, String symptom, String cause, String fix, String model, Long caseId) {
}
