package io.posestate.lifecycle.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.LifecycleFactory;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryException;
import io.posestate.registry.api.RegistryFactory;
import io.posestate.store.Store;
import io.posestate.store.StoreException;
import io.posestate.store.StoreLocation;

/** Opens lifecycles: the registry for terminal states and the same store for cases, roles and the audit trail. */
@Component(service = LifecycleFactory.class)
public final class LifecycleFactoryImpl implements LifecycleFactory {
    @Reference
    private RegistryFactory registries;

    @Override
    public Lifecycle open(String location) {
        EstateRegistry registry;
        try {
            registry = registries.open(location);
        } catch (RegistryException e) {
            throw new LifecycleException(e.getMessage(), e);
        }
        try {
            return new JdbcLifecycle(Store.open(StoreLocation.parse(location)), registry);
        } catch (StoreException | IllegalArgumentException e) {
            registry.close();
            throw new LifecycleException(e.getMessage(), e);
        }
    }
}
