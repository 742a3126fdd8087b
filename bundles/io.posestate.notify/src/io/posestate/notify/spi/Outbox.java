package io.posestate.notify.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.posestate.notify.AlertCause;
import io.posestate.notify.ChannelType;
import io.posestate.notify.DeliveryReceipt;
import io.posestate.notify.SentMessage;
import io.posestate.notify.TemplateId;
import io.posestate.notify.sms.Segment;

/**
 * Persistent outbox. Every method is atomic and durable when it returns: the sender records each segment the SMSC
 * accepted before it submits the next, so after a crash only unaccepted segments are sent again. One alert per
 * dedup key within a window holds across processes sharing the outbox.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface Outbox extends AutoCloseable {
	/** A message to keep, already rendered: SMS split into segments; an email is one part with no octets of its own. */
	record NewEntry(ChannelType channel, String recipient, TemplateId template, String text, AlertCause cause,
			String terminal, String referenceCode, String actor, String approvedBy, String dedupKey,
			List<Segment> segments) {
	}

	/** The entry kept, and whether it was an earlier one with the same dedup key. */
	record Enqueued(long id, boolean duplicate) {
	}

	/** A segment to send, with the SMSC message id once accepted. */
	record OutgoingSegment(Segment segment, String messageId) {
	}

	/**
	 * Keeps a new PENDING entry due now, unless its dedup key is set and an entry with that key was created at or
	 * after {@code dedupSince}: then nothing is stored and that entry is returned.
	 */
	Enqueued enqueue(NewEntry entry, Instant now, Instant dedupSince);

	/** PENDING entries due at {@code now} and not leased by another sender, oldest first. */
	List<Long> due(Instant now, String owner, Set<ChannelType> channels, int limit);

	/**
	 * Leases a PENDING entry to one sender until {@code until} (renewable by the same owner), so that two senders on
	 * one outbox never send the same entry; a crashed sender's lease runs out. False when someone else holds it or it
	 * is no longer PENDING.
	 */
	boolean claim(long id, String owner, Instant now, Instant until);

	/** When the next PENDING entry is due, if any. */
	Optional<Instant> nextDue();

	/** The entry's segments in order. */
	List<OutgoingSegment> segments(long id);

	/** Records that the SMSC accepted a segment; the entry becomes SENT with its last segment. */
	void segmentAccepted(long id, int sequence, String messageId, Instant at);

	/** Records a failed attempt and when to try again (releases the lease). */
	void retryLater(long id, int attempts, Instant next, String error);

	/** Gives up on an entry. */
	void fail(long id, int attempts, String error);

	Optional<SentMessage> find(long id);

	Optional<SentMessage> findByReference(String referenceCode);

	/** The entry a segment's message id belongs to. */
	Optional<Long> findByMessageId(String messageId);

	List<SentMessage> findByTerminal(String terminal);

	void recordReceipt(long id, DeliveryReceipt receipt);

	/** Entries for these channels not yet SENT or FAILED. */
	int pendingCount(Set<ChannelType> channels);

	@Override
	void close();
}
