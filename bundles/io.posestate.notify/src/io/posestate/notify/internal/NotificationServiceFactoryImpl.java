package io.posestate.notify.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.ComponentServiceObjects;
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

/**
 * Opens notification services over the outbox; passes receipts to every registered listener. Listeners are got only
 * when there is something to tell them: a listener may itself need services that need this factory (the lifecycle
 * bridge does), and getting it while this component activates would be a circular reference.
 */
@Component(service = NotificationServiceFactory.class)
public final class NotificationServiceFactoryImpl implements NotificationServiceFactory {
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	/** A registered listener, got on first use. */
	private static final class Listener {
		final ComponentServiceObjects<NotificationListener> objects;
		private NotificationListener service;

		Listener(ComponentServiceObjects<NotificationListener> objects) {
			this.objects = objects;
		}

		synchronized NotificationListener get() {
			if (service == null) {
				service = objects.getService();
			}
			return service;
		}

		synchronized void release() {
			if (service != null) {
				objects.ungetService(service);
				service = null;
			}
		}
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			service = NotificationListener.class)
	void addListener(ComponentServiceObjects<NotificationListener> listener) {
		listeners.add(new Listener(listener));
	}

	void removeListener(ComponentServiceObjects<NotificationListener> listener) {
		for (Listener l : listeners) {
			if (l.objects == listener) {
				listeners.remove(l);
				l.release();
			}
		}
	}

	/** @return the listeners registered now, got on first use */
	private List<NotificationListener> listeners() {
		return listeners.stream().map(Listener::get).filter(l -> l != null).toList();
	}

	@Override
	public NotificationService open(NotifySettings settings, SmsChannel sms, MailChannel mail) {
		if (sms == null && mail == null) {
			throw new IllegalArgumentException("a channel is needed to send; use openReadOnly to only look");
		}
		return new OutboxSender(settings, JdbcOutbox.open(settings.store()), sms, mail, this::listeners);
	}

	@Override
	public NotificationService openReadOnly(NotifySettings settings) {
		return new OutboxSender(settings, JdbcOutbox.open(settings.store()), null, null, this::listeners);
	}
}
