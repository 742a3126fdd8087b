package io.posestate.audit.internal;

import io.posestate.audit.api.AuditContext;
import io.posestate.exchange.TerminalRow;

/**
 * What the hot rules compare per registered terminal, packed in one long per serial index: the bound merchant
 * number (15 digits, 50 bits) and the deployed region (4 digits, 14 bits). One array read instead of following
 * the terminal row and its strings keeps the per-transaction cost to one cache miss.
 */
public final class TerminalFacts {

    /** An absent merchant number / region. */
    public static final long NO_MERCHANT = (1L << 50) - 1;
    public static final int NO_REGION = 0x3FFF;

    private TerminalFacts() {
    }

    /** The fact of a merchant number (or {@link #NO_MERCHANT}) and region (or {@link #NO_REGION}). */
    static long pack(long merchant, int region) {
        return merchant << 14 | region;
    }

    /** The fact of a terminal row. */
    static long of(TerminalRow t) {
        return pack(t.merchantNo() == null ? NO_MERCHANT : digits(t.merchantNo()),
                t.deployedRegion() == null ? NO_REGION : (int) digits(t.deployedRegion()));
    }

    /** The facts of a context's registered terminals (shared when it is the engine's own context). */
    public static long[] of(AuditContext context) {
        return TerminalTable.of(context).facts();
    }

    public static long merchant(long fact) {
        return fact >>> 14;
    }

    public static int region(long fact) {
        return (int) (fact & NO_REGION);
    }

    /** A merchant number as its 15 digits. */
    public static String merchantNo(long number) {
        return zeroPadded(number, 15);
    }

    /** A region number as its 4 digits. */
    public static String regionCode(int region) {
        return zeroPadded(region, 4);
    }

    /** {@code value} (below 10^width) in {@code width} digits; Long.toString makes no char[] to compress. */
    private static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() == width ? digits : "0".repeat(width - digits.length()).concat(digits);
    }

    /** The value of a string of ASCII digits (merchant numbers and regions, validated by the reader). */
    public static long digits(String s) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
