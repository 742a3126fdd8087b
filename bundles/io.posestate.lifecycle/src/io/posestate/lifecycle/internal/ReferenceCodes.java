package io.posestate.lifecycle.internal;

import java.security.SecureRandom;

/**
 * Reference codes merchants can check with the acquirer: {@code SA-} and 10 random characters of an unambiguous
 * 31-character alphabet (about 49 bits, unguessable) and a check character (position-weighted sum mod 31, a prime
 * larger than any weight and any difference of two characters) that catches every single mistyped character.
 */
final class ReferenceCodes {
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXY"; // 31 characters, no 0/O/1/I/Z
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceCodes() {
    }

    static String next() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return "SA-" + body + check(body);
    }

    /** @return whether the code has the right form and check character (it may still be unknown) */
    static boolean wellFormed(String code) {
        if (code == null || code.length() != 14 || !code.startsWith("SA-")) {
            return false;
        }
        String body = code.substring(3, 13);
        for (char ch : body.toCharArray()) {
            if (ALPHABET.indexOf(ch) < 0) {
                return false;
            }
        }
        return check(body) == code.charAt(13);
    }

    private static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % 31);
    }
}
