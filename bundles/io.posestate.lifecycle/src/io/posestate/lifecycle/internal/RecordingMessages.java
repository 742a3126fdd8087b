package io.posestate.lifecycle.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.model.CasesFactory;
import io.posestate.lifecycle.model.Message;

/**
 * Messages recorded in the store (case_message, status RECORDED: never reported as sent); the delivery receipt is
 * recorded by a later step. A text containing a link is refused (merchants are told alerts never carry one).
 */
final class RecordingMessages implements MerchantMessages {
    static final String CHANNEL = "STORE_RECORD";
    private static final Pattern LINK = Pattern.compile(
            "(?i)(\\b[a-z][a-z0-9+.-]*://|\\bwww\\.|\\b[a-z0-9-]+\\.(com|cn|net|org|io|info|top|xyz)\\b)");

    @Override
    public Outgoing stopUse(String recipient, String terminal, String cause, String requester, String approvedBy) {
        if (approvedBy == null || approvedBy.equals(requester)) {
            throw new LifecycleException("A stop-use alert for " + terminal + " needs the approval of someone other"
                    + " than " + requester);
        }
        String code = ReferenceCodes.next();
        boolean maintenance = cause.equals("MAINTENANCE_DUE");
        String text = (maintenance ? "POS acquirer: maintenance is due for your POS terminal "
                : "POS acquirer: please STOP USING your POS terminal ") + terminal + " (" + causeText(cause)
                + "). Reference " + code + ": check it with your acquirer on the service number you know."
                + " This message never contains a link.";
        return checked(recipient, text, code);
    }

    @Override
    public Outgoing oneTimeCode(String recipient, String code, String actor) {
        return checked(recipient, "POS acquirer: your verification code is " + code + ". It binds this number to your"
                + " merchant account. Never share it; we never ask for it by phone.", null);
    }

    @Override
    public Message handOver(Connection c, long caseId, Outgoing m) throws SQLException {
        Message message = CasesFactory.eINSTANCE.createMessage();
        message.setChannel(CHANNEL);
        message.setRecipient(m.recipient());
        message.setText(m.text());
        message.setStatus("RECORDED");
        message.setTime(Sql.now());
        CaseStore.addMessage(c, caseId, message);
        return message;
    }

    private static Outgoing checked(String recipient, String text, String code) {
        if (LINK.matcher(text).find()) {
            throw new LifecycleException("Message to " + Masks.phone(recipient)
                    + " refused: it contains a link, and merchant messages never do");
        }
        return new Outgoing(recipient, text, code);
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
