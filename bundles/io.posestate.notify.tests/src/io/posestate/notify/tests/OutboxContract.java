package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.posestate.notify.AlertCause;
import io.posestate.notify.ChannelType;
import io.posestate.notify.DeliveryReceipt;
import io.posestate.notify.DeliveryState;
import io.posestate.notify.OutboxState;
import io.posestate.notify.SentMessage;
import io.posestate.notify.TemplateId;
import io.posestate.notify.internal.JdbcOutbox;
import io.posestate.notify.sms.SmsCodec;
import io.posestate.notify.spi.Outbox;
import io.posestate.notify.spi.Outbox.NewEntry;

/** The outbox in the estate store, the same contract on H2 and PostgreSQL; two instances stand for two processes. */
abstract class OutboxContract {
	private static final Set<ChannelType> SMS = Set.of(ChannelType.SMS);
	private final List<Outbox> open = new ArrayList<>();
	private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	/** A fresh, empty store location. */
	abstract String newLocation() throws Exception;

	Outbox open(String location) {
		Outbox outbox = JdbcOutbox.open(location);
		open.add(outbox);
		return outbox;
	}

	@AfterEach
	void closeAll() throws Exception {
		for (Outbox o : open) {
			o.close();
		}
		open.clear();
	}

	private static NewEntry alert(String terminal, AlertCause cause, String reference, String text) {
		return new NewEntry(ChannelType.SMS, "13800138000", TemplateId.STOP_USE_ALERT, text, cause, terminal, reference, "analyst",
				"lead", terminal + "|" + cause, SmsCodec.encode(text, 42));
	}

	@Test
	void oneAlertPerKeyWithinTheWindowThenANewOne() throws Exception {
		Outbox outbox = open(newLocation());
		Outbox.Enqueued first = outbox.enqueue(alert("PAX-1", AlertCause.TAMPERED, "R1", "a"), t0, t0.minusSeconds(60));
		Outbox.Enqueued again = outbox.enqueue(alert("PAX-1", AlertCause.TAMPERED, "R2", "b"), t0.plusSeconds(30),
				t0.plusSeconds(30).minusSeconds(60));
		assertFalse(first.duplicate());
		assertTrue(again.duplicate());
		assertEquals(first.id(), again.id());
		Outbox.Enqueued later = outbox.enqueue(alert("PAX-1", AlertCause.TAMPERED, "R3", "c"), t0.plusSeconds(61),
				t0.plusSeconds(1));
		assertFalse(later.duplicate(), "the window has passed");
		assertEquals(2, outbox.findByTerminal("PAX-1").size());
		assertEquals("R3", outbox.findByTerminal("PAX-1").get(0).referenceCode());
	}

	@Test
	void twoProcessesQueueingTheSameAlertAtOnceKeepOne() throws Exception {
		String location = newLocation();
		Outbox a = open(location);
		Outbox b = open(location);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				String terminal = "PAX-R" + round;
				Callable<Outbox.Enqueued> fromA = () -> a.enqueue(alert(terminal, AlertCause.RELOCATED, "A" + terminal, "x"),
						t0, t0.minusSeconds(60));
				Callable<Outbox.Enqueued> fromB = () -> b.enqueue(alert(terminal, AlertCause.RELOCATED, "B" + terminal, "x"),
						t0, t0.minusSeconds(60));
				Future<Outbox.Enqueued> fa = pool.submit(fromA);
				Future<Outbox.Enqueued> fb = pool.submit(fromB);
				Outbox.Enqueued ra = fa.get();
				Outbox.Enqueued rb = fb.get();
				assertEquals(ra.id(), rb.id(), "both see the same entry");
				assertTrue(ra.duplicate() != rb.duplicate(), "exactly one queued it");
				assertEquals(1, a.findByTerminal(terminal).size());
			}
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aLeasedEntryIsNotSentByAnotherSenderUntilTheLeaseRunsOut() throws Exception {
		String location = newLocation();
		Outbox a = open(location);
		Outbox b = open(location);
		long id = a.enqueue(alert("PAX-2", AlertCause.TAMPERED, "R", "x"), t0, t0.minusSeconds(60)).id();
		assertTrue(a.claim(id, "sender-a", t0, t0.plusSeconds(60)));
		assertEquals(List.of(), b.due(t0.plusSeconds(1), "sender-b", SMS, 10));
		assertFalse(b.claim(id, "sender-b", t0.plusSeconds(1), t0.plusSeconds(61)));
		assertEquals(List.of(id), a.due(t0.plusSeconds(1), "sender-a", SMS, 10), "its holder still sees it");
		// sender a crashed: once its lease is over, b takes the entry
		assertEquals(List.of(id), b.due(t0.plusSeconds(61), "sender-b", SMS, 10));
		assertTrue(b.claim(id, "sender-b", t0.plusSeconds(61), t0.plusSeconds(121)));
	}

	@Test
	void acceptedSegmentsSurviveARestartAndTheLastMakesItSent() throws Exception {
		String location = newLocation();
		String text = "您的终端因疑似欺诈交易请立即停止使用".repeat(6);
		Outbox outbox = open(location);
		long id = outbox.enqueue(alert("PAX-3", AlertCause.SUSPECTED_FRAUD, "R", text), t0, t0.minusSeconds(60)).id();
		List<Outbox.OutgoingSegment> segments = outbox.segments(id);
		assertEquals(SmsCodec.encode(text, 42).size(), segments.size());
		assertArrayEquals(SmsCodec.encode(text, 42).get(1).shortMessage(), segments.get(1).segment().shortMessage());
		outbox.segmentAccepted(id, 1, "m-1", t0);
		outbox.close();
		open.remove(outbox);

		Outbox reopened = open(location);
		List<Outbox.OutgoingSegment> after = reopened.segments(id);
		assertEquals("m-1", after.get(0).messageId());
		assertEquals(null, after.get(1).messageId());
		assertEquals(OutboxState.PENDING, reopened.find(id).orElseThrow().state());
		for (int seq = 2; seq <= after.size(); seq++) {
			reopened.segmentAccepted(id, seq, "m-" + seq, t0.plusSeconds(1));
		}
		SentMessage sent = reopened.find(id).orElseThrow();
		assertEquals(OutboxState.SENT, sent.state());
		assertEquals(t0.plusSeconds(1), sent.sentAt());
		assertEquals(0, reopened.pendingCount(SMS));
		assertEquals(id, reopened.findByMessageId("m-2").orElseThrow());
	}

	@Test
	void retriesFailuresAndReceiptsAreRecorded() throws Exception {
		Outbox outbox = open(newLocation());
		long id = outbox.enqueue(alert("PAX-4", AlertCause.RISK_CONTROL, "R4", "x"), t0, t0.minusSeconds(60)).id();
		outbox.retryLater(id, 1, t0.plusSeconds(5), "ESME_RTHROTTLED");
		assertEquals(List.of(), outbox.due(t0.plusSeconds(4), "s", SMS, 10));
		assertEquals(List.of(id), outbox.due(t0.plusSeconds(5), "s", SMS, 10));
		assertEquals(t0.plusSeconds(5), outbox.nextDue().orElseThrow());
		outbox.segmentAccepted(id, 1, "m-9", t0.plusSeconds(6));
		outbox.recordReceipt(id, new DeliveryReceipt("m-9", DeliveryState.UNDELIVERABLE, "001", t0.plusSeconds(7)));
		SentMessage m = outbox.findByReference("R4").orElseThrow();
		assertEquals(1, m.attempts());
		assertEquals("ESME_RTHROTTLED", m.lastError());
		assertEquals(List.of(new DeliveryReceipt("m-9", DeliveryState.UNDELIVERABLE, "001", t0.plusSeconds(7))),
				m.receipts());

		long other = outbox.enqueue(alert("PAX-5", AlertCause.RISK_CONTROL, "R5", "y"), t0, t0.minusSeconds(60)).id();
		outbox.fail(other, 1, "ESME_RINVDSTADR");
		assertEquals(OutboxState.FAILED, outbox.find(other).orElseThrow().state());
		assertTrue(outbox.nextDue().isEmpty());
		assertEquals(Duration.ZERO, Duration.between(t0, outbox.find(other).orElseThrow().createdAt()));
	}
}
