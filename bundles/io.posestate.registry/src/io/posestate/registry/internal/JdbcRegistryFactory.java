package io.posestate.registry.internal;

import org.osgi.service.component.annotations.Component;

import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryException;
import io.posestate.registry.api.RegistryFactory;
import io.posestate.store.Store;
import io.posestate.store.StoreException;
import io.posestate.store.StoreLocation;

/** Opens JDBC registries on H2 or PostgreSQL stores. */
@Component(service = RegistryFactory.class)
public final class JdbcRegistryFactory implements RegistryFactory {
    @Override
    public EstateRegistry open(String location) {
        StoreLocation where;
        try {
            where = StoreLocation.parse(location);
        } catch (IllegalArgumentException e) {
            throw new RegistryException(e.getMessage(), e);
        }
        try {
            return new JdbcEstateRegistry(Store.open(where));
        } catch (StoreException e) {
            throw new RegistryException(e.getMessage(), e);
        }
    }
}
