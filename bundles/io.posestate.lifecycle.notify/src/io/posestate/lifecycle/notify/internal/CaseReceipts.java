package io.posestate.lifecycle.notify.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleFactory;
import io.posestate.notify.NotificationListener;
import io.posestate.notify.PhoneStatusChange;
import io.posestate.notify.ReceiptEvent;

/**
 * Hears the notification service (whiteboard): each delivery receipt of a message a case sent is recorded on that
 * case (an S2 alert's first final receipt is its DELIVERY_RECEIPT step), and a receipt showing a bound phone not to
 * exist opens the S1 re-binding cases of the merchants bound to it (actor {@link Lifecycle#SYSTEM}).
 */
@Component(service = NotificationListener.class)
public final class CaseReceipts implements NotificationListener {
    @Reference
    private LifecycleFactory lifecycles;

    @Override
    public void receiptRecorded(ReceiptEvent event) {
        // the notification service has judged "number does not exist" with its settings
        Set<String> unknown = event.numberDoesNotExist() ? Set.of(event.receipt().error()) : Set.of();
        try (Lifecycle lifecycle = lifecycles.open(event.store())) {
            lifecycle.recordReceipt(NotifyMessenger.receipt(Long.toString(event.outboxId()), event.receipt(), unknown));
        }
    }

    @Override
    public void phoneStatusChanged(PhoneStatusChange change) {
        if (!"CANCELLED".equals(change.status())) {
            return;
        }
        try (Lifecycle lifecycle = lifecycles.open(change.cause() == null ? null : change.cause().store())) {
            lifecycle.phoneCancelled(change.phone());
        }
    }
}
