package io.posestate.exchange;

/** One row of licensed_acquirers.csv; name and licenseNo may be null. */
public record LicensedAcquirerRow(String acquirerCode, String name, String licenseNo) {
}
