package io.posestate.notify.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Chooses the alphabet, splits long texts into concatenated segments and decodes segments again. */
public final class SmsCodec {
	/** SMSC default alphabet (GSM 03.38). */
	public static final byte DEFAULT_ALPHABET = 0x00;
	/** UCS-2 (UTF-16BE). */
	public static final byte UCS2 = 0x08;

	/** Characters that are the same octet in ASCII and in the GSM default alphabet, and not in its extension table. */
	private static final String GSM_SAFE = " !\"#%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n\r";

	private SmsCodec() {
	}

	/** Whether the text can go in the default alphabet as is. */
	public static boolean gsmSafe(String text) {
		return text.chars().allMatch(c -> GSM_SAFE.indexOf(c) >= 0);
	}

	/**
	 * Encodes a text as one segment, or as concatenated segments sharing {@code reference} (0-255): 160/153
	 * characters in the default alphabet, 70/67 in UCS-2 (a surrogate pair is never split).
	 */
	public static List<Segment> encode(String text, int reference) {
		if (text.isEmpty()) {
			throw new IllegalArgumentException("an SMS needs text");
		}
		boolean gsm = gsmSafe(text);
		byte coding = gsm ? DEFAULT_ALPHABET : UCS2;
		int single = gsm ? 160 : 70;
		int part = gsm ? 153 : 67;
		if (text.length() <= single) {
			return List.of(new Segment(coding, bytes(text, gsm), false, 0, 1, 1));
		}
		List<String> parts = new ArrayList<>();
		for (int start = 0; start < text.length();) {
			int end = Math.min(text.length(), start + part);
			if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			parts.add(text.substring(start, end));
			start = end;
		}
		if (parts.size() > 255) {
			throw new IllegalArgumentException("text too long for one concatenated SMS: " + text.length() + " characters");
		}
		List<Segment> segments = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			byte[] body = bytes(parts.get(i), gsm);
			byte[] sm = new byte[6 + body.length];
			sm[0] = 5; // UDHL
			sm[1] = 0x00; // IEI: concatenated, 8-bit reference
			sm[2] = 3;
			sm[3] = (byte) reference;
			sm[4] = (byte) parts.size();
			sm[5] = (byte) (i + 1);
			System.arraycopy(body, 0, sm, 6, body.length);
			segments.add(new Segment(coding, sm, true, reference & 0xff, i + 1, parts.size()));
		}
		return segments;
	}

	/** The text of one segment (without its header). */
	public static String decode(Segment segment) {
		byte[] payload = segment.payload();
		return switch (segment.dataCoding()) {
		case UCS2 -> new String(payload, StandardCharsets.UTF_16BE);
		case DEFAULT_ALPHABET, 0x01 -> new String(payload, StandardCharsets.US_ASCII);
		case 0x03 -> new String(payload, StandardCharsets.ISO_8859_1);
		default -> throw new IllegalArgumentException(
				"unsupported data_coding 0x" + Integer.toHexString(segment.dataCoding() & 0xff));
		};
	}

	private static byte[] bytes(String text, boolean gsm) {
		return text.getBytes(gsm ? StandardCharsets.US_ASCII : StandardCharsets.UTF_16BE);
	}
}
