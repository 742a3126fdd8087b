package io.posestate.audit.api;

import java.io.IOException;

/**
 * Keeps an audit's findings, linked to their terminals (serial_number) and merchants (merchant_no), so the
 * workbench and the lifecycle can act on them. Optional: an audit runs without one.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface FindingStore {

    /**
     * Stores the findings of one audit run in the store at {@code location} (null = default store).
     *
     * @return an id of the stored run
     */
    String store(String location, AuditResult result) throws IOException;
}
