package io.posestate.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reference codes: 8 random characters, 6 characters of an HMAC-SHA256 over (random part, terminal, cause) under the
 * acquirer's key, and a check character; 15 characters of Crockford base32 shown as {@code XXXXX-XXXXX-XXXXX}.
 * Unguessable (70 bits, 30 of them signed) and checkable: a typo fails the check character, a made-up code fails
 * the signature.
 */
public final class ReferenceCodes {
	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	private static final int RANDOM = 8;
	private static final int SIGNATURE = 6;
	private static final int LENGTH = RANDOM + SIGNATURE + 1;

	private final SecretKeySpec key;
	private final SecureRandom random = new SecureRandom();

	public ReferenceCodes(byte[] key) {
		if (key == null || key.length < 16) {
			throw new IllegalArgumentException("the reference key must have at least 16 bytes");
		}
		this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
	}

	/** A new code for an alert about this terminal and cause. */
	public String issue(String terminal, AlertCause cause) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < RANDOM; i++) {
			code.append(ALPHABET.charAt(random.nextInt(32)));
		}
		code.append(signature(code.toString(), terminal, cause));
		code.append(checkChar(code));
		return format(code.toString());
	}

	/** The canonical form (upper case, groups of five), or null when it is not of the code's form. */
	public static String normalize(String text) {
		if (text == null) {
			return null;
		}
		String raw = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1')
				.replace('L', '1');
		if (raw.length() != LENGTH || !raw.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return null;
		}
		return format(raw);
	}

	/** Of the code's form and its check character matches. */
	public static boolean wellFormed(String text) {
		String code = normalize(text);
		if (code == null) {
			return false;
		}
		String raw = code.replace("-", "");
		return checkChar(raw.substring(0, LENGTH - 1)) == raw.charAt(LENGTH - 1);
	}

	/** Well formed and signed by our key for this terminal and cause. */
	public boolean authentic(String text, String terminal, AlertCause cause) {
		if (!wellFormed(text)) {
			return false;
		}
		String raw = normalize(text).replace("-", "");
		byte[] expected = signature(raw.substring(0, RANDOM), terminal, cause).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = raw.substring(RANDOM, RANDOM + SIGNATURE).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, actual);
	}

	private String signature(String randomPart, String terminal, AlertCause cause) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] h = mac.doFinal((randomPart + '\n' + terminal + '\n' + cause.name()).getBytes(StandardCharsets.UTF_8));
			StringBuilder out = new StringBuilder();
			long bits = 0;
			for (int i = 0; i < 4; i++) {
				bits = (bits << 8) | (h[i] & 0xff);
			}
			for (int i = 0; i < SIGNATURE; i++) {
				out.append(ALPHABET.charAt((int) ((bits >>> (5 * i)) & 31)));
			}
			return out.toString();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

	/** Luhn mod 32 over the alphabet: catches every single-character error and most adjacent swaps. */
	static char checkChar(CharSequence body) {
		int sum = 0;
		int factor = 2;
		for (int i = body.length() - 1; i >= 0; i--) {
			int addend = factor * ALPHABET.indexOf(body.charAt(i));
			sum += addend / 32 + addend % 32;
			factor = factor == 2 ? 1 : 2;
		}
		return ALPHABET.charAt((32 - sum % 32) % 32);
	}

	private static String format(String raw) {
		return raw.substring(0, 5) + "-" + raw.substring(5, 10) + "-" + raw.substring(10);
	}
}
