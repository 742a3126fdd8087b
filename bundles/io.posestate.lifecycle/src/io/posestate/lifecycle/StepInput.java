package io.posestate.lifecycle;

import java.util.List;
import java.util.Map;

/** What an analyst records for a step: a note, evidence and named values (e.g. {@code code}, {@code receiver}). */
public record StepInput(String note, List<EvidenceRef> evidence, Map<String, String> values) {
    public StepInput {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static StepInput of(String note, List<EvidenceRef> evidence, Map<String, String> values) {
        return new StepInput(note, evidence, values);
    }
}
