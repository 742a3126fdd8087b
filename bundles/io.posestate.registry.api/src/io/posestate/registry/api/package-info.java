/**
 * The registry of terminals, merchants and models: lookups, filters, import and export. Open one through the
 * {@link io.posestate.registry.api.RegistryFactory} service.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package io.posestate.registry.api;
