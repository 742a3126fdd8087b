package io.posestate.lifecycle;

import java.util.Locale;
import java.util.Objects;

/**
 * A piece of evidence offered for a step or transition: its kind (e.g. {@code WIPE_CONFIRMATION}), a reference
 * (file, ticket or receipt id) and the SHA-256 of the referenced file when there is one (else null).
 */
public record EvidenceRef(String kind, String reference, String sha256) {
    public EvidenceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (kind.isBlank() || reference.isBlank()) {
            throw new IllegalArgumentException("evidence needs a kind and a reference, got \"" + kind + "=" + reference + "\"");
        }
        kind = kind.strip().toUpperCase(Locale.ROOT);
    }

    public static EvidenceRef of(String kind, String reference) {
        return new EvidenceRef(kind, reference, null);
    }

    /** @return {@code KIND=reference} (the form the command line takes) */
    @Override
    public String toString() {
        return kind + "=" + reference + (sha256 == null ? "" : " sha256:" + sha256);
    }
}
