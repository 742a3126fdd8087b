package io.posestate.lifecycle.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.model.CasesFactory;
import io.posestate.lifecycle.model.Message;

/**
 * How messages reach merchants. Until the SMPP notification service is wired in, messages are recorded in the
 * store with status RECORDED (never reported as sent); the delivery receipt is recorded by a later step.
 * Every message is checked: a text containing a link is refused (merchants are told alerts never carry one).
 */
final class MessageChannel {
    static final String RECORDING = "STORE_RECORD";
    private static final Pattern LINK = Pattern.compile(
            "(?i)(\\b[a-z][a-z0-9+.-]*://|\\bwww\\.|\\b[a-z0-9-]+\\.(com|cn|net|org|io|info|top|xyz)\\b)");

    private MessageChannel() {
    }

    /** @throws LifecycleException when the text carries a link */
    static void check(String text, String recipient) {
        if (LINK.matcher(text).find()) {
            throw new LifecycleException("Message to " + Masks.phone(recipient)
                    + " refused: it contains a link, and merchant messages never do");
        }
    }

    static Message record(Connection c, long caseId, String recipient, String text) throws SQLException {
        check(text, recipient);
        Message m = CasesFactory.eINSTANCE.createMessage();
        m.setChannel(RECORDING);
        m.setRecipient(recipient);
        m.setText(text);
        m.setStatus("RECORDED");
        m.setTime(Sql.now());
        CaseStore.addMessage(c, caseId, m);
        return m;
    }
}
