package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

import io.posestate.notify.DeliveryState;
import io.posestate.notify.Message;
import io.posestate.notify.NotificationListener;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.NotifyConfiguration;
import io.posestate.notify.ReceiptEvent;
import io.posestate.notify.ReceiptListener;
import io.posestate.notify.SmsChannelFactory;

/**
 * The resident receiver records receipts that come after the sender (a command) has gone: the loopback SMSC holds
 * them as a real one does and hands them to the next bound session, or to another bound session of the account.
 */
class ResidentReceiverTest {
	@TempDir
	Path dir;


	/** Sends one message the way {@code notify send} does, and exits before its receipt comes. */
	private static long sendAndExit(NotifyConfiguration config, String store, Map<String, String> explicit, String to)
			throws Exception {
		try (NotificationService sender = Osgi.service(NotificationServiceFactory.class).open(
				config.settings(store, explicit, true), Osgi.service(SmsChannelFactory.class).open(config.smsc(explicit), true))) {
			long id = sender.submit(Message.oneTimeCode(to, "123456", 10, "analyst")).id();
			assertTrue(sender.awaitIdle(Duration.ofSeconds(10)));
			return id;
		}
	}

	@Test
	void receiptsAfterTheSenderExitedAreRecordedWhileTheReceiverStaysBound() throws Exception {
		List<ReceiptEvent> events = new CopyOnWriteArrayList<>();
		ServiceRegistration<NotificationListener> registration = Osgi.register(NotificationListener.class,
				new NotificationListener() {
					@Override
					public void receiptRecorded(ReceiptEvent event) {
						events.add(event);
					}
				});
		try (LoopbackSmsc smsc = new LoopbackSmsc()) {
			smsc.holdReceipts = true;
			smsc.receiptDelayMillis = 800;
			String store = dir.resolve("store").toString();
			Map<String, String> explicit = Map.of("smsc", "127.0.0.1:" + smsc.port, "system-id",
					LoopbackSmsc.SYSTEM_ID, "sender", "95516", "service-number", "95516", "password-file",
					Files.writeString(dir.resolve("pw"), LoopbackSmsc.PASSWORD).toString(), "key-file",
					dir.resolve("reference.key").toString());
			NotifyConfiguration config = Osgi.service(NotifyConfiguration.class);

			long first = sendAndExit(config, store, explicit, "13700137001");
			Osgi.await("the SMSC to hold the receipt nobody was bound for", () -> smsc.held.size() == 1);
			assertTrue(events.isEmpty());

			try (ReceiptListener.Listening listening = Osgi.service(ReceiptListener.class).listen(store, explicit)) {
				assertTrue(listening.bound());
				Osgi.await("the held receipt recorded", () -> events.stream().anyMatch(e -> e.outboxId() == first));
				assertEquals(DeliveryState.DELIVERED, events.get(0).receipt().state());

				long second = sendAndExit(config, store, explicit, "13700137002");
				Osgi.await("a later receipt recorded by the resident receiver",
						() -> events.stream().anyMatch(e -> e.outboxId() == second));

				int binds = smsc.binds.get();
				smsc.dropSessions(); // an SMSC restart: the receiver binds again by itself
				Osgi.await("the receiver bound again", () -> smsc.binds.get() > binds && listening.bound());
				long third = sendAndExit(config, store, explicit, "13700137003");
				Osgi.await("a receipt after the rebind recorded", () -> events.stream().anyMatch(e -> e.outboxId() == third));
			}
			try (NotificationService look = Osgi.service(NotificationServiceFactory.class)
					.openReadOnly(config.settings(store, explicit, false))) {
				assertEquals(1, look.message(first).orElseThrow().receipts().size(), "recorded in the outbox once");
			}
		} finally {
			registration.unregister();
		}
	}
}
