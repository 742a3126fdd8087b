package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

import io.posestate.notify.AlertCause;
import io.posestate.notify.ChannelException;
import io.posestate.notify.DeliveryState;
import io.posestate.notify.Message;
import io.posestate.notify.NotificationListener;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.OutboxState;
import io.posestate.notify.PhoneStatusChange;
import io.posestate.notify.ReceiptEvent;
import io.posestate.notify.SentMessage;
import io.posestate.notify.SmsChannel;
import io.posestate.notify.SmsChannelFactory;
import io.posestate.notify.SmscSettings;
import io.posestate.notify.Submission;
import io.posestate.notify.TemplateId;
import io.posestate.notify.Verification;
import io.posestate.notify.sms.SmsCodec;

/** The notification service sending through the SMPP channel to a real SMPP server on loopback. */
class SmppNotificationTest {
	private static final byte[] KEY = "acquirer-reference-key-01".getBytes(StandardCharsets.UTF_8);
	private static final String MERCHANT = "13800138000";
	private static final String SENDER = "95516";

	@TempDir
	Path dir;
	private LoopbackSmsc smsc;
	private SmsChannelFactory channels;
	private NotificationServiceFactory services;
	private final List<ReceiptEvent> receipts = new CopyOnWriteArrayList<>();
	private final List<PhoneStatusChange> phoneChanges = new CopyOnWriteArrayList<>();
	private ServiceRegistration<NotificationListener> listener;
	private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws Exception {
		smsc = new LoopbackSmsc();
		channels = Osgi.service(SmsChannelFactory.class);
		services = Osgi.service(NotificationServiceFactory.class);
		listener = Osgi.register(NotificationListener.class, new NotificationListener() {
			@Override
			public void receiptRecorded(ReceiptEvent event) {
				receipts.add(event);
			}

			@Override
			public void phoneStatusChanged(PhoneStatusChange change) {
				phoneChanges.add(change);
			}
		});
	}

	@AfterEach
	void stop() throws Exception {
		listener.unregister();
		for (AutoCloseable c : open) {
			c.close();
		}
		smsc.close();
	}

	private SmscSettings smscSettings(String password) {
		return new SmscSettings("127.0.0.1", smsc.port, LoopbackSmsc.SYSTEM_ID, password, SENDER,
				Duration.ofSeconds(5), Duration.ofSeconds(3));
	}

	private NotifySettings settings() {
		return NotifySettings.defaults(dir.resolve("store").toString(), KEY, "95516")
				.withRetries(Duration.ofMillis(50), Duration.ofMillis(400), 6).withLease(Duration.ofMillis(500));
	}

	private NotificationService open(NotifySettings settings, String password) throws ChannelException {
		SmsChannel channel = channels.open(smscSettings(password), false);
		NotificationService service = services.open(settings, channel);
		open.add(0, service);
		return service;
	}


	@Test
	void wrongPasswordIsReportedClearlyWithoutThePassword() throws Exception {
		ChannelException e = assertThrows(ChannelException.class,
				() -> channels.open(smscSettings("wrongpw1"), true));
		assertFalse(e.retryable(), e.getMessage());
		assertTrue(e.getMessage().contains("ESME_RINVPASWD"), e.getMessage());
		assertTrue(e.getMessage().contains("127.0.0.1:" + smsc.port), e.getMessage());
		assertFalse(e.getMessage().contains("wrongpw1"), "the password must never be shown");
		assertFalse(smscSettings("wrongpw1").toString().contains("wrongpw1"));
		assertEquals(1, smsc.rejectedBinds.get());

		// through the service: the alert fails at once (no retry storm against a refusing SMSC)
		NotificationService service = open(settings(), "wrongpw1");
		Submission s = service.submit(Message.stopUse(MERCHANT, "PAX-1", AlertCause.TAMPERED, "analyst", "lead"));
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		SentMessage m = service.message(s.id()).orElseThrow();
		assertEquals(OutboxState.FAILED, m.state());
		assertTrue(m.lastError().contains("ESME_RINVPASWD"), m.lastError());
		assertEquals(1, m.attempts());
		assertTrue(smsc.received.isEmpty());
	}

	@Test
	void throttlingIsRetriedWithBackoffUntilAccepted() throws Exception {
		smsc.throttle.set(3);
		NotificationService service = open(settings(), LoopbackSmsc.PASSWORD);
		long t0 = System.nanoTime();
		Submission s = service.submit(Message.oneTimeCode(MERCHANT, "482913", 5, "analyst"));
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
		SentMessage m = service.message(s.id()).orElseThrow();
		assertEquals(OutboxState.SENT, m.state());
		assertEquals(3, m.attempts());
		assertTrue(m.lastError().contains("ESME_RTHROTTLED"), m.lastError());
		assertTrue(elapsedMs >= 50 + 100 + 200, "backoff 50+100+200 ms, took " + elapsedMs);
		assertEquals(1, smsc.received.size());
		assertEquals(List.of(m.text()), smsc.messages());
	}

	@Test
	void deliveryReceiptsAreRecordedAndPublished() throws Exception {
		NotificationService service = open(settings(), LoopbackSmsc.PASSWORD);
		Submission s = service.submit(Message.stopUse(MERCHANT, "PAX-7", AlertCause.RELOCATED, "analyst", "lead"));
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		Osgi.await("a receipt per segment", () -> {
			SentMessage m = service.message(s.id()).orElseThrow();
			return m.receipts().size() == m.messageIds().size();
		});
		SentMessage m = service.message(s.id()).orElseThrow();
		assertEquals(OutboxState.SENT, m.state());
		assertNotNull(m.sentAt());
		assertEquals(smsc.received.stream().map(LoopbackSmsc.Received::messageId).toList(), m.messageIds());
		assertEquals(DeliveryState.DELIVERED, m.receipts().get(0).state());
		assertEquals(m.messageIds().get(0), m.receipts().get(0).messageId());
		assertEquals("analyst", m.actor());
		assertEquals("lead", m.approvedBy());
		Osgi.await("the receipt event", () -> !receipts.isEmpty());
		assertEquals(s.id(), receipts.get(0).outboxId());
		assertEquals("PAX-7", receipts.get(0).terminal());
		assertFalse(receipts.get(0).numberDoesNotExist());
		assertTrue(phoneChanges.isEmpty());
		assertEquals(SENDER, smsc.received.get(0).source());
	}

	@Test
	void aChineseAlertIsSentAsUcs2SegmentsAndReassembled() throws Exception {
		NotificationService service = open(settings(), LoopbackSmsc.PASSWORD);
		Submission s = service.submit(Message.stopUse(MERCHANT, "NEWLAND-N910-20260001", AlertCause.SETTLEMENT_ACCOUNT_ABNORMAL,
				"analyst", "lead"));
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		SentMessage m = service.message(s.id()).orElseThrow();
		assertTrue(m.text().length() > 70, "long enough to need segments: " + m.text().length());
		assertTrue(m.text().contains(s.referenceCode()));
		assertTrue(smsc.received.size() >= 2);
		for (LoopbackSmsc.Received r : smsc.received) {
			assertEquals(SmsCodec.UCS2, r.dataCoding());
			assertTrue(r.udhi());
			assertTrue(r.shortMessage().length <= 140);
			assertEquals(MERCHANT, r.destination());
		}
		assertEquals(List.of(m.text()), smsc.messages());
		assertEquals(smsc.received.size(), m.messageIds().size());
	}

	@Test
	void aCrashMidSendNeitherDropsNorDuplicatesAMessage() throws Exception {
		smsc.stallAt = 2; // the second segment of the long alert reaches the SMSC, then the sender "crashes"
		NotifySettings settings = settings();
		NotificationService first = open(settings, LoopbackSmsc.PASSWORD);
		Submission alert = first.submit(Message.stopUse(MERCHANT, "PAX-A920-0000000000001",
				AlertCause.SUSPECTED_FRAUD, "analyst", "lead"));
		Submission code = first.submit(Message.oneTimeCode("13900139000", "771204", 5, "analyst"));
		assertTrue(smsc.stalled.await(10, TimeUnit.SECONDS));
		first.close(); // the process dies: the second segment's answer never recorded, the code never sent
		open.remove(first);
		smsc.release.countDown();
		assertEquals(OutboxState.PENDING, reopenReadOnly(settings).message(code.id()).orElseThrow().state());

		NotificationService second = open(settings, LoopbackSmsc.PASSWORD);
		assertTrue(second.awaitIdle(Duration.ofSeconds(10)));
		SentMessage a = second.message(alert.id()).orElseThrow();
		SentMessage c = second.message(code.id()).orElseThrow();
		assertEquals(OutboxState.SENT, a.state());
		assertEquals(OutboxState.SENT, c.state());
		// each merchant sees each message exactly once; the only repeat is the one part whose answer was lost,
		// which the handset drops as a duplicate part of the same concatenated message
		List<String> shown = smsc.messages();
		assertEquals(2, shown.size(), shown.toString());
		assertTrue(shown.contains(a.text()));
		assertTrue(shown.contains(c.text()));
		assertEquals(1, smsc.duplicateParts());
		long firstSegments = smsc.received.stream()
				.filter(r -> r.destination().equals(MERCHANT) && r.shortMessage()[5] == 1).count();
		assertEquals(1, firstSegments, "a part accepted before the crash is never sent again");
	}

	private NotificationService reopenReadOnly(NotifySettings settings) {
		NotificationService s = services.openReadOnly(settings);
		open.add(0, s);
		return s;
	}

	@Test
	void aReceiptSayingTheNumberDoesNotExistMarksThePhoneCancelled() throws Exception {
		String gone = "13700137000";
		smsc.receiptFor.put(gone, new String[] { "UNDELIV", "001" });
		NotificationService service = open(settings(), LoopbackSmsc.PASSWORD);
		Submission s = service.submit(Message.stopUse(gone, "PAX-9", AlertCause.TERMINAL_ABNORMAL, "analyst", "lead"));
		Osgi.await("a phone status change", () -> !phoneChanges.isEmpty());
		PhoneStatusChange change = phoneChanges.get(0);
		assertEquals(gone, change.phone());
		assertEquals("CANCELLED", change.status());
		assertEquals("SMS_RECEIPT", change.source());
		assertEquals(s.id(), change.cause().outboxId());
		assertTrue(change.cause().numberDoesNotExist());
		assertEquals(DeliveryState.UNDELIVERABLE,
				service.message(s.id()).orElseThrow().receipts().get(0).state());

		// an undeliverable receipt for another reason is recorded but says nothing about the number
		smsc.receiptFor.put(MERCHANT, new String[] { "UNDELIV", "027" });
		Submission other = service.submit(Message.stopUse(MERCHANT, "PAX-10", AlertCause.TERMINAL_ABNORMAL, "analyst", "lead"));
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		for (long id : List.of(s.id(), other.id())) {
			Osgi.await("every segment's receipt", () -> {
				SentMessage m = service.message(id).orElseThrow();
				return m.receipts().size() == m.messageIds().size();
			});
		}
		assertEquals(1, phoneChanges.size(), "one change per message, not per segment: " + phoneChanges);
		assertTrue(receipts.stream().anyMatch(r -> r.outboxId() == other.id() && !r.numberDoesNotExist()));
	}

	@Test
	void oneAlertPerTerminalPerCauseWithinTheWindow() throws Exception {
		NotificationService service = open(settings(), LoopbackSmsc.PASSWORD);
		Submission first = service.submit(Message.stopUse(MERCHANT, "PAX-3", AlertCause.TAMPERED, "analyst", "lead"));
		Submission again = service.submit(Message.stopUse(MERCHANT, "PAX-3", AlertCause.TAMPERED, "other", "lead"));
		Submission otherCause = service.submit(Message.stopUse(MERCHANT, "PAX-3", AlertCause.RELOCATED, "analyst", "lead"));
		assertFalse(first.duplicate());
		assertTrue(again.duplicate());
		assertEquals(first.id(), again.id());
		assertEquals(first.referenceCode(), again.referenceCode());
		assertFalse(otherCause.duplicate());
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		assertEquals(2, smsc.messages().size());
		assertEquals(2, service.messagesFor("PAX-3").size());
	}

	@Test
	void referenceCodesAreVerifiedAgainstWhatWasSent() throws Exception {
		NotificationService service = open(settings(), LoopbackSmsc.PASSWORD);
		Submission s = service.submit(Message.stopUse(MERCHANT, "PAX-5", AlertCause.RISK_CONTROL, "analyst", "lead"));
		Verification genuine = service.verify(s.referenceCode().toLowerCase());
		assertEquals(Verification.Verdict.GENUINE, genuine.verdict());
		assertEquals("PAX-5", genuine.message().terminal());
		assertEquals(AlertCause.RISK_CONTROL, genuine.message().cause());

		String code = s.referenceCode();
		char last = code.charAt(code.length() - 1);
		String typo = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
		assertEquals(Verification.Verdict.MALFORMED, service.verify(typo).verdict());
		// well formed, signed with another acquirer's key: never sent by us
		String forged = new io.posestate.notify.ReferenceCodes("a-different-key-000000".getBytes(StandardCharsets.UTF_8))
				.issue("PAX-5", AlertCause.RISK_CONTROL);
		assertEquals(Verification.Verdict.UNKNOWN, service.verify(forged).verdict());
	}

	@Test
	void aMessageWithALinkIsRefusedAndNothingIsQueued() throws Exception {
		NotificationService service = open(settings(), LoopbackSmsc.PASSWORD);
		assertThrows(IllegalArgumentException.class, () -> service.submit(new Message(MERCHANT, TemplateId.STOP_USE_ALERT,
				Map.of("terminal", "see https://pos-check.cn", "cause", "x"), AlertCause.TAMPERED, "PAX-1", "analyst",
				"lead")));
		assertTrue(service.messagesFor("PAX-1").isEmpty());
		assertTrue(service.awaitIdle(Duration.ofSeconds(1)));
		assertTrue(smsc.received.isEmpty());
	}

	@Test
	void theLinkIsKeptAliveAndBoundAgainAfterTheSmscDropsIt() throws Exception {
		SmsChannel channel = channels.open(new SmscSettings("127.0.0.1", smsc.port, LoopbackSmsc.SYSTEM_ID,
				LoopbackSmsc.PASSWORD, SENDER, Duration.ofMillis(200), Duration.ofSeconds(3)), true);
		NotificationService service = services.open(settings(), channel);
		open.add(0, service);
		Osgi.await("enquire_link keep-alives", () -> smsc.enquireLinks.get() >= 2);
		Submission first = service.submit(Message.oneTimeCode(MERCHANT, "111111", 5, "analyst"));
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		smsc.dropSessions();
		Submission second = service.submit(Message.oneTimeCode(MERCHANT, "222222", 5, "analyst"));
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		assertEquals(OutboxState.SENT, service.message(first.id()).orElseThrow().state());
		assertEquals(OutboxState.SENT, service.message(second.id()).orElseThrow().state());
		assertEquals(2, smsc.binds.get(), "bound again after the drop");
		assertEquals(2, smsc.messages().size());
	}

	@Test
	void sendingIsRateLimited() throws Exception {
		NotificationService service = open(settings().withRate(10), LoopbackSmsc.PASSWORD);
		long start = System.nanoTime(); // before the first pacing slot: the sixth is due 5 intervals after it
		for (int i = 0; i < 6; i++) {
			service.submit(Message.oneTimeCode(MERCHANT, "10000" + i, 5, "analyst"));
		}
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		List<LoopbackSmsc.Received> r = smsc.received;
		assertEquals(6, r.size());
		long spanMs = (r.get(5).atNanos() - start) / 1_000_000;
		assertTrue(spanMs >= 500, "6 segments at 10/s take at least 0.5 s, took " + spanMs + " ms");
	}
}
