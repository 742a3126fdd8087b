package io.posestate.model.util;

/**
 * Forms of the fixed-length codes in the estate (formats.md): merchant numbers, region and MCC codes, serial numbers
 * and phone numbers. Codes are ASCII only; other Unicode digits or letters are not accepted.
 */
public final class Codes {

    /** Length of a merchant number: 3-digit institution, 4-digit region, 4-digit MCC, 4-digit sequence. */
    public static final int MERCHANT_NUMBER_LENGTH = 15;

    /** Length of region and MCC codes. */
    public static final int CODE_LENGTH = 4;

    private Codes() {
    }

    /** Whether {@code value} is exactly {@code length} ASCII digits. */
    public static boolean isDigits(String value, int length) {
        if (value == null || value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isMerchantNumber(String value) {
        return isDigits(value, MERCHANT_NUMBER_LENGTH);
    }

    /** A region or MCC code: 4 ASCII digits. */
    public static boolean isCode(String value) {
        return isDigits(value, CODE_LENGTH);
    }

    /** A serial number: non-empty, ASCII letters, digits and '-' only. */
    public static boolean isSerialNumber(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiDigit(c) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** A phone number: E.164 ('+', then 7 to 15 digits not starting with 0) or an 11-digit national number. */
    public static boolean isPhoneNumber(String value) {
        if (value == null) {
            return false;
        }
        if (value.startsWith("+")) {
            int digits = value.length() - 1;
            return digits >= 7 && digits <= 15 && value.charAt(1) != '0' && isDigits(value.substring(1), digits);
        }
        return isDigits(value, 11);
    }

    /** Digits 1-3 of a merchant number, or null if it is not 15 ASCII digits. */
    public static String institutionCode(String merchantNo) {
        return isMerchantNumber(merchantNo) ? merchantNo.substring(0, 3) : null;
    }

    /** Digits 4-7 of a merchant number, or null if it is not 15 ASCII digits. */
    public static String region(String merchantNo) {
        return isMerchantNumber(merchantNo) ? merchantNo.substring(3, 7) : null;
    }

    /** Digits 8-11 of a merchant number, or null if it is not 15 ASCII digits. */
    public static String mcc(String merchantNo) {
        return isMerchantNumber(merchantNo) ? merchantNo.substring(7, 11) : null;
    }

    /** Whether {@code value} is null or empty. */
    public static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
