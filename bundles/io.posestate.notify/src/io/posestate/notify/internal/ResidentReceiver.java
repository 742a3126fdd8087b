package io.posestate.notify.internal;

import java.time.Duration;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.notify.ChannelException;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.NotifyConfiguration;
import io.posestate.notify.ReceiptListener;
import io.posestate.notify.SmsChannel;
import io.posestate.notify.SmsChannelFactory;

/** Keeps a notification service with a bound SMS channel open, checking the link every few seconds. */
@Component(service = ReceiptListener.class)
public final class ResidentReceiver implements ReceiptListener {
	static final Duration CHECK = Duration.ofSeconds(2);

	@Reference
	private NotificationServiceFactory services;
	@Reference
	private SmsChannelFactory channels;
	@Reference
	private NotifyConfiguration configuration;

	@Override
	public Listening listen(String store, Map<String, String> explicit) throws ChannelException {
		// bound only once the service listens: a receipt the SMSC hands over right at the bind is not lost
		SmsChannel channel = channels.open(configuration.smsc(explicit), false);
		NotificationService service;
		try {
			service = services.open(configuration.settings(store, explicit, true), channel);
		} catch (RuntimeException e) {
			channel.close();
			throw e;
		}
		try {
			channel.connect();
		} catch (ChannelException | RuntimeException e) {
			service.close();
			throw e;
		}
		return new Running(channel, service);
	}

	private static final class Running implements Listening {
		private final SmsChannel channel;
		private final NotificationService service;
		private final Thread keeper;
		private volatile boolean closed;
		private volatile String lastError;

		Running(SmsChannel channel, NotificationService service) {
			this.channel = channel;
			this.service = service;
			keeper = new Thread(this::keepBound, "posestate-notify-receiver");
			keeper.setDaemon(true);
			keeper.start();
		}

		private void keepBound() {
			Object wait = new Object();
			while (!closed) {
				try {
					channel.connect();
					lastError = null;
				} catch (ChannelException e) {
					lastError = e.getMessage(); // never holds the password; tried again on the next round
				}
				synchronized (wait) {
					try {
						wait.wait(CHECK.toMillis());
					} catch (InterruptedException e) {
						return;
					}
				}
			}
		}

		@Override
		public NotificationService service() {
			return service;
		}

		@Override
		public boolean bound() {
			return lastError == null;
		}

		@Override
		public String lastError() {
			return lastError;
		}

		@Override
		public void close() {
			closed = true;
			keeper.interrupt();
			try {
				keeper.join(5000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			service.close(); // closes the channel: unbinds
		}
	}
}
