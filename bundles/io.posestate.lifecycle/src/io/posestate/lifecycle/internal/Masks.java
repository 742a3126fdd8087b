package io.posestate.lifecycle.internal;

import java.util.regex.Pattern;

/** Masking of phone and account numbers in anything shown to people. */
public final class Masks {
    private static final Pattern CODE = Pattern.compile("(code\\D{0,4})\\d{4,8}");

    private Masks() {
    }

    /** @return e.g. {@code 138****5678}: the first 3 and last 4 digits of a long number, the last 2 of a short one */
    public static String phone(String number) {
        if (number == null || number.isEmpty()) {
            return number == null ? "" : number;
        }
        int n = number.length();
        if (n >= 9) {
            return number.substring(0, 3) + "*".repeat(n - 7) + number.substring(n - 4);
        }
        return "*".repeat(Math.max(0, n - 2)) + number.substring(Math.max(0, n - 2));
    }

    /** @return the text with one-time codes hidden (a recorded message must not leak a code to readers) */
    public static String codes(String text) {
        return text == null ? null : CODE.matcher(text).replaceAll("$1******");
    }

    /** @return the value masked when its name says it is a phone, contact, recipient or account */
    public static String value(String name, String value) {
        return name.contains("phone") || name.contains("contact") || name.contains("account")
                || name.contains("recipient") ? phone(value) : value;
    }
}
