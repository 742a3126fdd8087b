package io.posestate.notify.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.posestate.notify.MailChannel;
import io.posestate.notify.NotificationListener;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.SmsChannel;

/** Opens notification services over the H2 outbox; passes receipts to every registered listener. */
@Component(service = NotificationServiceFactory.class)
public final class NotificationServiceFactoryImpl implements NotificationServiceFactory {
	private final List<NotificationListener> listeners = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addListener(NotificationListener listener) {
		listeners.add(listener);
	}

	void removeListener(NotificationListener listener) {
		listeners.remove(listener);
	}

	@Override
	public NotificationService open(NotifySettings settings, SmsChannel sms, MailChannel mail) {
		if (sms == null && mail == null) {
			throw new IllegalArgumentException("a channel is needed to send; use openReadOnly to only look");
		}
		return new OutboxSender(settings, JdbcOutbox.open(settings.store()), sms, mail, () -> listeners);
	}

	@Override
	public NotificationService openReadOnly(NotifySettings settings) {
		return new OutboxSender(settings, JdbcOutbox.open(settings.store()), null, null, () -> listeners);
	}
}
