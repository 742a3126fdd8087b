package io.posestate.model.util;

/**
 * Masks phone and account numbers for anything shown to people (labels, messages, reports).
 * Masked characters become '*'; the length is kept.
 */
public final class Masking {

    private static final int KEEP_LAST = 4;
    private static final int KEEP_FIRST = 3;
    /** A phone number keeps its first digits only when at least this long, so most of it stays hidden. */
    private static final int KEEP_FIRST_MIN_LENGTH = 11;

    private Masking() {
    }

    /**
     * Masks a phone number: an 11-digit or longer number keeps its first 3 and last 4 characters
     * ({@code 13812345678} becomes {@code 138****5678}); a shorter one keeps only its last 4.
     * Returns null for null.
     */
    public static String maskPhone(String number) {
        if (number == null) {
            return null;
        }
        int first = number.length() >= KEEP_FIRST_MIN_LENGTH ? KEEP_FIRST : 0;
        return mask(number, first);
    }

    /** Masks an account number keeping its last 4 characters; returns null for null. */
    public static String maskAccount(String account) {
        return account == null ? null : mask(account, 0);
    }

    private static String mask(String value, int keepFirst) {
        int keepLast = Math.min(KEEP_LAST, Math.max(0, value.length() - keepFirst - 1));
        StringBuilder masked = new StringBuilder(value.length());
        masked.append(value, 0, keepFirst);
        masked.append("*".repeat(value.length() - keepFirst - keepLast));
        masked.append(value, value.length() - keepLast, value.length());
        return masked.toString();
    }
}
