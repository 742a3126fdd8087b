package io.posestate.audit.api;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.TerminalRow;

/**
 * Supplies the registry (merchants, terminals, phone statuses, licensed acquirers) from a store, for audits
 * whose data folder holds only transactions.csv. Optional service.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface EstateSource {

    /** The registry at {@code location} (null = default store). */
    Snapshot load(String location) throws IOException;

    /** Registry contents in the exchange layer's row form; {@code description} names the store for evidence. */
    record Snapshot(Map<String, MerchantRow> merchants, Map<String, TerminalRow> terminals,
            Map<String, PhoneStatusRow> phoneStatus, Set<String> licensedAcquirers, String description) {
    }
}
