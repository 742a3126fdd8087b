/**
 * The terminal driver contract. A vendor plug-in registers a {@link io.posestate.driver.TerminalDriver} as an OSGi
 * service; the {@link io.posestate.driver.DriverRegistry} tracks the drivers installed at the moment, so adding or
 * removing a driver bundle changes what the workbench offers without a change to core bundles.
 * <p>
 * Package versions are the compatibility promise: a driver built against 0.1 keeps working with any 0.x registry
 * that exports a higher minor version of this package.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.driver;
