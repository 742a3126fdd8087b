package io.posestate.registry.api;

import org.osgi.annotation.versioning.ProviderType;

/** Opens estate registries; registered as an OSGi service. */
@ProviderType
public interface RegistryFactory {
    /**
     * Opens (creating and migrating when needed) the registry at a location.
     *
     * @param location a JDBC URL ({@code jdbc:h2:...}, {@code jdbc:postgresql://...}), a folder (H2 database
     *                 {@code <folder>/estate}), or null for the default store in the instance area
     * @throws RegistryException when the store cannot be opened, naming the location (never its password)
     */
    EstateRegistry open(String location);
}
