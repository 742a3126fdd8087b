/**
 * Help for writing a terminal driver: {@link io.posestate.driver.support.AbstractTerminalDriver} keeps a vendor's
 * models, error codes and diagnosis steps, so that a driver only reads and writes the vendor's wire format.
 * Versioned on its own: a driver that extends the class imports this package as well as {@code io.posestate.driver}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.driver.support;
