package io.posestate.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.posestate.notify.ChannelException;
import io.posestate.notify.ChannelType;
import io.posestate.notify.DeliveryReceipt;
import io.posestate.notify.DeliveryState;
import io.posestate.notify.MailChannel;
import io.posestate.notify.Message;
import io.posestate.notify.NotificationListener;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.PhoneStatusChange;
import io.posestate.notify.ReceiptEvent;
import io.posestate.notify.ReferenceCodes;
import io.posestate.notify.SentMessage;
import io.posestate.notify.SmsChannel;
import io.posestate.notify.Submission;
import io.posestate.notify.Templates;
import io.posestate.notify.Verification;
import io.posestate.notify.Verification.Verdict;
import io.posestate.notify.sms.Segment;
import io.posestate.notify.sms.SmsCodec;
import io.posestate.notify.spi.Outbox;
import io.posestate.notify.spi.Outbox.OutgoingSegment;

/**
 * The notification service: renders and queues messages in the outbox, and (with a channel) sends them from one
 * background thread, segment by segment, recording each accepted segment before the next, with backoff on
 * retryable failures and a rate limit.
 */
final class OutboxSender implements NotificationService {
	private static final System.Logger LOG = System.getLogger(OutboxSender.class.getName());
	private final NotifySettings settings;
	private final Outbox outbox;
	private final SmsChannel sms;
	private final MailChannel mail;
	private final Set<ChannelType> channels;
	private final Supplier<List<NotificationListener>> listeners;
	private final ReferenceCodes codes;
	private final Clock clock = Clock.systemUTC();
	/** An email is one part: its text is the entry's text. */
	private static final Segment EMAIL_PART = new Segment((byte) 0, new byte[0], false, 0, 1, 1);
	private final Object wake = new Object();
	private final Object receiptLock = new Object();
	/** Receipts that arrived before their segment was recorded (bounded: receipts for others' messages age out). */
	private final Map<String, DeliveryReceipt> unmatched = new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, DeliveryReceipt> eldest) {
			return size() > 1000;
		}
	};
	private final Thread thread;
	private final String owner = UUID.randomUUID().toString();
	private final long segmentIntervalNanos;
	private volatile boolean closed;
	private long nextSlot;
	private Instant pausedUntil = Instant.EPOCH;

	OutboxSender(NotifySettings settings, Outbox outbox, SmsChannel sms, MailChannel mail,
			Supplier<List<NotificationListener>> listeners) {
		this.settings = settings;
		this.outbox = outbox;
		this.sms = sms;
		this.mail = mail;
		EnumSet<ChannelType> available = EnumSet.noneOf(ChannelType.class);
		if (sms != null) {
			available.add(ChannelType.SMS);
		}
		if (mail != null) {
			available.add(ChannelType.EMAIL);
		}
		this.channels = Collections.unmodifiableSet(available);
		this.listeners = listeners;
		this.codes = new ReferenceCodes(settings.referenceKey());
		this.segmentIntervalNanos = (long) (1_000_000_000L / settings.segmentsPerSecond());
		if (channels.isEmpty()) {
			thread = null;
		} else {
			if (sms != null) {
				sms.onReceipt(this::receipt);
			}
			thread = new Thread(this::run, "posestate-notify-sender");
			thread.setDaemon(true);
			thread.start();
		}
	}

	@Override
	public Submission submit(Message m) {
		ChannelType type = ChannelType.of(m.recipient());
		if (!channels.contains(type)) {
			throw new IllegalStateException("this notification service has no " + type + " channel to send through");
		}
		Map<String, String> parameters = new HashMap<>(m.parameters());
		String reference = null;
		String dedupKey = null;
		if (m.template().carriesReference()) {
			reference = codes.issue(m.terminal(), m.cause());
			parameters.put("reference", reference);
			parameters.put("service_number", settings.serviceNumber());
			dedupKey = m.terminal() + "|" + m.cause().name() + "|" + type;
		}
		String text = Templates.render(m.template(), parameters);
		Instant now = clock.instant();
		Outbox.Enqueued queued = outbox.enqueue(
				new Outbox.NewEntry(type, m.recipient(), m.template(), text, m.cause(), m.terminal(), reference,
						m.actor(), m.approvedBy(), dedupKey, type == ChannelType.EMAIL ? List.of(EMAIL_PART)
								: SmsCodec.encode(text, ThreadLocalRandom.current().nextInt(256))),
				now, now.minus(settings.alertWindow()));
		if (queued.duplicate()) {
			return new Submission(queued.id(), outbox.find(queued.id()).map(SentMessage::referenceCode).orElse(null), true);
		}
		synchronized (wake) {
			wake.notifyAll();
		}
		return new Submission(queued.id(), reference, false);
	}

	@Override
	public Verification verify(String referenceCode) {
		String code = ReferenceCodes.normalize(referenceCode);
		if (code == null || !ReferenceCodes.wellFormed(code)) {
			return new Verification(code == null ? String.valueOf(referenceCode).strip() : code, Verdict.MALFORMED, null);
		}
		Optional<SentMessage> sent = outbox.findByReference(code);
		if (sent.isPresent() && codes.authentic(code, sent.get().terminal(), sent.get().cause())) {
			return new Verification(code, Verdict.GENUINE, sent.get());
		}
		return new Verification(code, Verdict.UNKNOWN, null);
	}

	@Override
	public Optional<SentMessage> message(long id) {
		return outbox.find(id);
	}

	@Override
	public List<SentMessage> messagesFor(String terminal) {
		return outbox.findByTerminal(terminal);
	}

	@Override
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (outbox.pendingCount(channels) > 0) {
			if (System.nanoTime() > end) {
				return false;
			}
			Thread.sleep(20);
		}
		return true;
	}

	private void run() {
		while (!closed) {
			try {
				Instant now = clock.instant();
				List<Long> due = now.isBefore(pausedUntil) ? List.of() : outbox.due(now, owner, channels, 50);
				for (long id : due) {
					if (closed || !send(id)) {
						break;
					}
				}
				if (due.isEmpty()) {
					sleepUntilDue();
				}
			} catch (InterruptedException e) {
				return;
			} catch (RuntimeException e) {
				if (closed) {
					return;
				}
				pause(settings.firstRetry()); // e.g. the outbox is briefly unavailable; try again
			}
		}
	}

	private void sleepUntilDue() throws InterruptedException {
		Instant next = outbox.nextDue().orElse(null);
		Instant until = next == null ? clock.instant().plusSeconds(1)
				: (next.isAfter(pausedUntil) ? next : pausedUntil);
		long millis = Math.min(1000, Duration.between(clock.instant(), until).toMillis());
		if (millis > 0) {
			synchronized (wake) {
				wake.wait(millis);
			}
		}
	}

	/** Sends what is left of one entry; false when sending should pause (a retryable failure). */
	private boolean send(long id) throws InterruptedException {
		SentMessage entry = outbox.find(id).orElseThrow();
		for (OutgoingSegment segment : outbox.segments(id)) {
			if (segment.messageId() != null) {
				continue; // accepted before a restart: never again
			}
			throttle();
			Instant now = clock.instant();
			if (!outbox.claim(id, owner, now, now.plus(settings.lease()))) {
				return true; // another sender has it, or it is no longer pending
			}
			String messageId;
			try {
				messageId = ChannelType.of(entry.recipient()) == ChannelType.EMAIL
						? mail.send(entry.recipient(), Templates.subject(entry.template()), entry.text())
						: sms.submit(entry.recipient(), segment.segment());
			} catch (ChannelException e) {
				if (closed) { // our own shutdown broke the link: not a failed attempt; free the entry for the next run
					outbox.retryLater(id, entry.attempts(), clock.instant(), entry.lastError());
					return false;
				}
				int attempts = entry.attempts() + 1;
				if (!e.retryable() || attempts >= settings.maxAttempts()) {
					outbox.fail(id, attempts, e.getMessage());
					return true;
				}
				Duration delay = backoff(attempts);
				outbox.retryLater(id, attempts, clock.instant().plus(delay), e.getMessage());
				pause(delay);
				return false;
			}
			outbox.segmentAccepted(id, segment.segment().sequence(), messageId, clock.instant());
			DeliveryReceipt early;
			synchronized (unmatched) {
				early = unmatched.remove(messageId);
			}
			if (early != null) {
				synchronized (receiptLock) {
					if (!closed) {
						record(id, early);
					}
				}
			}
		}
		return true;
	}

	private Duration backoff(int attempts) {
		Duration delay = settings.firstRetry().multipliedBy(1L << Math.min(20, attempts - 1));
		return delay.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : delay;
	}

	private void pause(Duration delay) {
		pausedUntil = clock.instant().plus(delay);
	}

	private void throttle() throws InterruptedException {
		long now = System.nanoTime();
		if (nextSlot > now) {
			long wait = nextSlot - now;
			Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
		}
		nextSlot = Math.max(now, nextSlot) + segmentIntervalNanos;
	}

	private void receipt(DeliveryReceipt receipt) {
		synchronized (receiptLock) {
			if (!closed) { // after close, nothing reaches the outbox or the listeners
				match(receipt);
			}
		}
	}

	private void match(DeliveryReceipt receipt) {
		Optional<Long> id = outbox.findByMessageId(receipt.messageId());
		if (id.isEmpty()) {
			synchronized (unmatched) {
				unmatched.put(receipt.messageId(), receipt); // its segment is being recorded right now
			}
			id = outbox.findByMessageId(receipt.messageId());
			if (id.isEmpty()) {
				return;
			}
			synchronized (unmatched) {
				if (unmatched.remove(receipt.messageId()) == null) {
					return; // the sender took it
				}
			}
		}
		record(id.get(), receipt);
	}

	private void record(long id, DeliveryReceipt receipt) {
		outbox.recordReceipt(id, receipt);
		SentMessage sent = outbox.find(id).orElseThrow();
		boolean unknownNumber = unknownNumber(receipt);
		// one phone status change per message, however many of its segments come back
		boolean firstUnknown = unknownNumber && sent.receipts().stream().filter(this::unknownNumber).count() == 1;
		ReceiptEvent event = new ReceiptEvent(id, sent.recipient(), sent.terminal(), sent.referenceCode(), receipt,
				unknownNumber, settings.store());
		for (NotificationListener l : listeners.get()) {
			try {
				l.receiptRecorded(event);
				if (firstUnknown) {
					l.phoneStatusChanged(
							PhoneStatusChange.cancelledBy(event, LocalDate.ofInstant(receipt.at(), ZoneId.systemDefault())));
				}
			} catch (RuntimeException e) { // the receipt is recorded; one listener's trouble is not the SMSC's
				LOG.log(System.Logger.Level.WARNING, "notification listener " + l.getClass().getName()
						+ " failed on the receipt for outbox entry " + id + ": " + e.getMessage(), e);
			}
		}
	}

	private boolean unknownNumber(DeliveryReceipt receipt) {
		return (receipt.state() == DeliveryState.UNDELIVERABLE || receipt.state() == DeliveryState.REJECTED)
				&& settings.unknownNumberErrors().contains(receipt.error());
	}

	@Override
	public void close() {
		synchronized (receiptLock) {
			closed = true;
		}
		if (thread != null) {
			if (sms != null) {
				sms.close(); // unblocks a submit waiting for its response
			}
			if (mail != null) {
				mail.close();
			}
			synchronized (wake) {
				wake.notifyAll(); // no interrupt: it would close H2's file channel under the outbox
			}
			try {
				thread.join(5000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		outbox.close();
	}
}
