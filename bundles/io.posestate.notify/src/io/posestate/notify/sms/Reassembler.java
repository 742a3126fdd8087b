package io.posestate.notify.sms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Joins concatenated segments per (address, reference) as a handset does: a part that arrives twice is kept once.
 * Not thread-safe.
 */
public final class Reassembler {
	private final Map<String, TreeMap<Integer, String>> pending = new HashMap<>();
	private final Set<String> completed = new HashSet<>();
	private int duplicates;

	/** Adds a segment; returns the whole text once every part of its message is there. */
	public Optional<String> add(String address, Segment segment) {
		String text = SmsCodec.decode(segment);
		if (segment.total() <= 1) {
			return Optional.of(text);
		}
		String key = address + "/" + segment.reference() + "/" + segment.total();
		if (!pending.containsKey(key) && completed.contains(key + "/" + segment.sequence())) {
			duplicates++;
			return Optional.empty();
		}
		TreeMap<Integer, String> parts = pending.computeIfAbsent(key, k -> new TreeMap<>());
		if (parts.putIfAbsent(segment.sequence(), text) != null) {
			duplicates++;
			return Optional.empty();
		}
		if (parts.size() < segment.total()) {
			return Optional.empty();
		}
		pending.remove(key);
		parts.keySet().forEach(sequence -> completed.add(key + "/" + sequence));
		return Optional.of(String.join("", parts.values()));
	}

	/** Parts received more than once. */
	public int duplicates() {
		return duplicates;
	}

	/** Messages still missing parts. */
	public int incomplete() {
		return pending.size();
	}
}
