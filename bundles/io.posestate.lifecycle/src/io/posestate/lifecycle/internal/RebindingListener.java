package io.posestate.lifecycle.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleFactory;
import io.posestate.notify.NotificationListener;
import io.posestate.notify.PhoneStatusChange;

/**
 * Opens S1 re-binding cases as soon as a delivery receipt shows a bound phone to be cancelled (the notification
 * service's whiteboard). The phone is recorded as CANCELLED first when the registry does not know it yet, so the
 * order in which listeners hear the change does not matter. Cases opened this way name {@link Lifecycle#SYSTEM}.
 */
@Component(service = NotificationListener.class)
public final class RebindingListener implements NotificationListener {
    @Reference
    private LifecycleFactory lifecycles;

    @Override
    public void phoneStatusChanged(PhoneStatusChange change) {
        if (!"CANCELLED".equals(change.status())) {
            return;
        }
        try (Lifecycle lifecycle = lifecycles.open(change.cause() == null ? null : change.cause().store())) {
            JdbcLifecycle jdbc = (JdbcLifecycle) lifecycle;
            CancelledPhones.record(jdbc.registry(), change.phone(), Lifecycle.SYSTEM);
            jdbc.openRebindingCases(Lifecycle.SYSTEM, change.phone());
        }
    }
}
