package io.posestate.notify.sms;

import java.util.Arrays;

/**
 * One short message as submitted: data_coding, the short_message octets (user data header first when
 * {@code udhi}), and its place in a concatenated message (1 of 1 when single).
 */
public record Segment(byte dataCoding, byte[] shortMessage, boolean udhi, int reference, int sequence, int total) {
	public Segment {
		shortMessage = shortMessage.clone();
	}

	@Override
	public byte[] shortMessage() {
		return shortMessage.clone();
	}

	/**
	 * Reads a received short message: with {@code udhi}, the concatenation header (8-bit IEI 0x00 or 16-bit 0x08) gives
	 * reference, sequence and total.
	 */
	public static Segment parse(byte dataCoding, byte[] shortMessage, boolean udhi) {
		if (!udhi) {
			return new Segment(dataCoding, shortMessage, false, 0, 1, 1);
		}
		int udhl = shortMessage[0] & 0xff;
		for (int i = 1; i + 1 < udhl + 1;) {
			int iei = shortMessage[i] & 0xff;
			int len = shortMessage[i + 1] & 0xff;
			if (iei == 0x00 && len == 3) {
				return new Segment(dataCoding, shortMessage, true, shortMessage[i + 2] & 0xff, shortMessage[i + 4] & 0xff,
						shortMessage[i + 3] & 0xff);
			}
			if (iei == 0x08 && len == 4) {
				int ref = ((shortMessage[i + 2] & 0xff) << 8) | (shortMessage[i + 3] & 0xff);
				return new Segment(dataCoding, shortMessage, true, ref, shortMessage[i + 5] & 0xff,
						shortMessage[i + 4] & 0xff);
			}
			i += 2 + len;
		}
		return new Segment(dataCoding, shortMessage, true, 0, 1, 1);
	}

	/** The user data without the header. */
	public byte[] payload() {
		if (!udhi) {
			return shortMessage.clone();
		}
		int start = 1 + (shortMessage[0] & 0xff);
		return Arrays.copyOfRange(shortMessage, start, shortMessage.length);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Segment s && s.dataCoding == dataCoding && s.udhi == udhi && s.reference == reference
				&& s.sequence == sequence && s.total == total && Arrays.equals(s.shortMessage, shortMessage);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(shortMessage) * 31 + sequence;
	}

	@Override
	public String toString() {
		return "Segment[" + sequence + "/" + total + " ref " + reference + ", data_coding 0x"
				+ Integer.toHexString(dataCoding & 0xff) + ", " + shortMessage.length + " octets]";
	}
}
