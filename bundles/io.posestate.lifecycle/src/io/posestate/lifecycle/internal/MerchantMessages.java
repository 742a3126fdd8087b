package io.posestate.lifecycle.internal;

import java.sql.Connection;
import java.sql.SQLException;

import io.posestate.lifecycle.model.Message;

/**
 * How the workflows reach merchants: a message is prepared (checked, its reference code assigned) before the case
 * transaction and handed over inside it. {@link RecordingMessages} records them in the store until the SMPP
 * notification service (io.posestate.notify) is wired in behind this interface.
 */
interface MerchantMessages {
    /** A checked message ready to be handed over; the reference code is null for messages that carry none. */
    record Outgoing(String recipient, String text, String referenceCode) {
    }

    /**
     * @param cause      one of {@link Workflows#ALERT_CAUSES}
     * @param requester  who asked for the alert; {@code approvedBy} is the second person who approved it
     */
    Outgoing stopUse(String recipient, String terminal, String cause, String requester, String approvedBy);

    Outgoing oneTimeCode(String recipient, String code, String actor);

    /** Hands the message over inside the case transaction and records it with the case. */
    Message handOver(Connection c, long caseId, Outgoing message) throws SQLException;
}
