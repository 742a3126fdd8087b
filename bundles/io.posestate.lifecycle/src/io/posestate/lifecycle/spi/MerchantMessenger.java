package io.posestate.lifecycle.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import io.posestate.lifecycle.MessageReceipt;

/**
 * Reaches merchants for the workflows (an OSGi service; the lifecycle uses the one with the highest ranking). A
 * message is handed over before the case records it, so a refused message changes nothing; a step retried after a
 * conflict hands the same alert over again, and the messenger keeps one alert per terminal and cause. Delivery
 * receipts come back through {@link io.posestate.lifecycle.Lifecycle#recordReceipt} and {@link #receipts}.
 */
@ConsumerType
public interface MerchantMessenger {
    /**
     * Checks and hands over a message: it is kept durably (and possibly already sent) when this returns.
     *
     * @param store the estate store of the case (a folder, a JDBC URL, or null for the default store)
     * @throws IllegalArgumentException when the message is refused (e.g. it would contain a link)
     * @throws IllegalStateException    when the channel cannot take messages (e.g. not configured)
     */
    Handover send(String store, MerchantMessage message);

    /** @return the receipts known so far for a message this messenger handed over (by its messageRef) */
    List<MessageReceipt> receipts(String store, String messageRef);
}
