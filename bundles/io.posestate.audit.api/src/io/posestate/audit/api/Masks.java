package io.posestate.audit.api;

/** Masks numbers before they are shown to people: phone and account numbers keep only a few edge digits. */
public final class Masks {

    private Masks() {
    }

    /** A phone number with all but its first 3 and last 4 characters masked, e.g. {@code 138****5678}. */
    public static String phone(String phone) {
        return keepEdges(phone, 3, 4);
    }

    /** An account number with all but its last 4 characters masked, e.g. {@code ************1234}. */
    public static String account(String account) {
        return keepEdges(account, 0, 4);
    }

    private static String keepEdges(String s, int head, int tail) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int n = s.length();
        if (n <= head + tail) {
            // too short to show anything safely: mask all but the last character
            return "*".repeat(n - 1) + s.charAt(n - 1);
        }
        return s.substring(0, head) + "*".repeat(n - head - tail) + s.substring(n - tail);
    }
}
