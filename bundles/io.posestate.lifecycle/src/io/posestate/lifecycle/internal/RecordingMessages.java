package io.posestate.lifecycle.internal;

import java.util.List;
import java.util.regex.Pattern;

import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.MessageReceipt;
import io.posestate.lifecycle.spi.Handover;
import io.posestate.lifecycle.spi.MerchantMessage;
import io.posestate.lifecycle.spi.MerchantMessenger;

/**
 * The messenger used when no messaging bundle is installed: the message is only recorded with the case
 * (case_message, status RECORDED: never reported as sent, no reference code since none was issued) for an analyst
 * to deliver by other means; the delivery receipt is recorded by a later step. A text containing a link is refused
 * (merchants are told messages never carry one).
 */
final class RecordingMessages implements MerchantMessenger {
    static final String CHANNEL = "STORE_RECORD";
    private static final Pattern LINK = Pattern.compile(
            "(?i)(\\b[a-z][a-z0-9+.-]*://|\\bwww\\.|\\b[a-z0-9-]+\\.(com|cn|net|org|io|info|top|xyz)\\b)");

    @Override
    public Handover send(String store, MerchantMessage m) {
        String text = switch (m.kind()) {
            case STOP_USE_ALERT -> {
                if (m.approvedBy() == null || m.approvedBy().equals(m.actor())) {
                    throw new LifecycleException("A stop-use alert for " + m.terminal() + " needs the approval of"
                            + " someone other than " + m.actor());
                }
                yield (m.cause().equals("MAINTENANCE_DUE") ? "POS acquirer: maintenance is due for your POS terminal "
                        : "POS acquirer: please STOP USING your POS terminal ") + m.terminal() + " ("
                        + causeText(m.cause()) + "). Check this message with your acquirer on the service number you"
                        + " know. This message never contains a link.";
            }
            case ONE_TIME_CODE -> "POS acquirer: your verification code is " + m.code() + ". It binds this number to"
                    + " your merchant account. Never share it; we never ask for it by phone.";
        };
        if (LINK.matcher(text).find()) {
            throw new LifecycleException("Message to " + Masks.phone(m.recipient())
                    + " refused: it contains a link, and merchant messages never do");
        }
        return new Handover(CHANNEL, null, text, null, "RECORDED");
    }

    @Override
    public List<MessageReceipt> receipts(String store, String messageRef) {
        return List.of();
    }

    private static String causeText(String cause) {
        return switch (cause) {
            case "TERMINAL_ABNORMAL" -> "abnormal transactions: payment failures";
            case "SETTLEMENT_ACCOUNT_ABNORMAL" -> "settlement account abnormal";
            case "TAMPERED" -> "security risk: the device may have been opened";
            case "RELOCATED" -> "security risk: moved without approval";
            case "SUSPECTED_FRAUD" -> "security risk: suspected fraud";
            case "RISK_CONTROL" -> "risk control found violations";
            case "MAINTENANCE_DUE" -> "device age, service interval or inspection";
            default -> cause;
        };
    }
}
