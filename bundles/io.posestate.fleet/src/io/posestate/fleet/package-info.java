/**
 * Fleet telemetry: terminals' status messages are received over a loopback HTTP endpoint, decoded by the vendor's
 * driver and kept as each terminal's latest status; alerts are raised for silent terminals (offline), tamper
 * (CRITICAL) and reported errors. A simulator sends a demo fleet's messages in each vendor's format.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package io.posestate.fleet;
