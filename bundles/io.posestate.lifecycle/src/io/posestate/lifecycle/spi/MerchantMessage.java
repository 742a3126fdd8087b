package io.posestate.lifecycle.spi;

import java.util.Objects;

/**
 * A message the workflows send to a merchant.
 *
 * @param kind       what it is
 * @param caseId     the case it belongs to
 * @param recipient  the mobile number (mask it before showing it)
 * @param terminal   the terminal serial (stop-use alerts), else null
 * @param cause      the alert cause, one of the notification causes (TERMINAL_ABNORMAL, ..., MAINTENANCE_DUE), else null
 * @param code       the one-time code (one-time codes), else null
 * @param minutes    how long the code is valid
 * @param actor      who asked for it
 * @param approvedBy the second person who approved it (stop-use alerts), else null
 */
public record MerchantMessage(Kind kind, long caseId, String recipient, String terminal, String cause, String code,
        int minutes, String actor, String approvedBy) {
    /** The kinds of message the workflows send. */
    public enum Kind {
        /** S2: stop using a terminal (or, for MAINTENANCE_DUE, have it serviced); carries a reference code. */
        STOP_USE_ALERT,
        /** S1: a one-time code to the merchant's new number. */
        ONE_TIME_CODE
    }

    public MerchantMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(actor, "actor");
    }

    public static MerchantMessage stopUse(long caseId, String recipient, String terminal, String cause,
            String requester, String approvedBy) {
        return new MerchantMessage(Kind.STOP_USE_ALERT, caseId, recipient, Objects.requireNonNull(terminal),
                Objects.requireNonNull(cause), null, 0, requester, approvedBy);
    }

    public static MerchantMessage oneTimeCode(long caseId, String recipient, String code, int minutes, String actor) {
        return new MerchantMessage(Kind.ONE_TIME_CODE, caseId, recipient, null, null, Objects.requireNonNull(code),
                minutes, actor, null);
    }
}
