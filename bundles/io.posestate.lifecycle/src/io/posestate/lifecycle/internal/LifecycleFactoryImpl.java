package io.posestate.lifecycle.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.posestate.driver.DriverRegistry;

import io.posestate.lifecycle.DeviceCommands;
import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.LifecycleFactory;
import io.posestate.lifecycle.spi.MerchantMessenger;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryException;
import io.posestate.registry.api.RegistryFactory;
import io.posestate.store.Store;
import io.posestate.store.StoreException;
import io.posestate.store.StoreLocation;

/** Opens lifecycles: the registry for terminal states and the same store for cases, roles and the audit trail. */
@Component(service = LifecycleFactory.class)
public final class LifecycleFactoryImpl implements LifecycleFactory {
    /** The lifecycle tables: migrations {@code db/lifecycle/V<n>__*.sql} of this bundle. */
    static final String SCHEMA_AREA = "lifecycle";

    @Reference
    private RegistryFactory registries;

    /** Terminal drivers: the guided diagnosis of a model (S4); without them a generic checklist is used. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    private DriverRegistry drivers;

    /** Remote lock and wipe (a bridge bundle); followed as it comes and goes, so open lifecycles see the change. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceCommands deviceCommands;

    /** How merchants are reached (e.g. SMS through io.posestate.lifecycle.notify); without one, recorded only. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MerchantMessenger messenger;

    @Override
    public Lifecycle open(String location) {
        EstateRegistry registry;
        try {
            registry = registries.open(location);
        } catch (RegistryException e) {
            throw new LifecycleException(e.getMessage(), e);
        }
        try {
            Store store = Store.open(StoreLocation.parse(location));
            try {
                store.migrateArea(SCHEMA_AREA, LifecycleFactoryImpl.class);
            } catch (StoreException e) {
                store.close();
                throw e;
            }
            MerchantMessenger m = messenger;
            return new JdbcLifecycle(store, location, registry, m == null ? new RecordingMessages() : m, drivers,
                    () -> deviceCommands);
        } catch (StoreException | IllegalArgumentException e) {
            registry.close();
            throw new LifecycleException(e.getMessage(), e);
        }
    }
}
