package io.posestate.lifecycle;

import org.osgi.annotation.versioning.ProviderType;

/** Opens the lifecycle workflows on an estate store; registered as an OSGi service. */
@ProviderType
public interface LifecycleFactory {
    /**
     * @param location as for {@code RegistryFactory.open}: a JDBC URL, a folder, or null for the default store
     * @throws LifecycleException when the store cannot be opened
     */
    Lifecycle open(String location);
}
