package io.posestate.registry.api;

import java.util.Map;

/**
 * Counts over the whole estate. Maps are sorted by key; a terminal without deployed region counts under "".
 *
 * @param flaggedMerchants merchants whose bound phone is CANCELLED
 * @param cancelledPhones  phone numbers with status CANCELLED
 */
public record EstateSummary(long terminals, long merchants, long flaggedMerchants, long cancelledPhones,
        Map<String, Long> terminalsByState, Map<String, Long> terminalsByVendor, Map<String, Long> terminalsByModel,
        Map<String, Long> terminalsByRegion) {
}
