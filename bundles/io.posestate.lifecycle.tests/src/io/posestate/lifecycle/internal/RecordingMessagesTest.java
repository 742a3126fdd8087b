package io.posestate.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.spi.Handover;
import io.posestate.lifecycle.spi.MerchantMessage;

/** The recording fallback's rules (no database): recorded not sent, no link, second person, masking. */
class RecordingMessagesTest {
    private final RecordingMessages messages = new RecordingMessages();

    @Test
    void alertIsRecordedNotSentAndCarriesNoLink() {
        Handover h = messages.send(null, MerchantMessage.stopUse(1, "13800000002", "PAX-0002", "TAMPERED", "alice",
                "sue"));
        assertEquals("RECORDED", h.status());
        assertEquals(RecordingMessages.CHANNEL, h.channel());
        assertNull(h.referenceCode(), "codes are issued by the notification service only");
        assertNull(h.messageRef(), "no channel reference: no receipts will come");
        assertTrue(h.text().contains("PAX-0002") && h.text().contains("never contains a link"), h.text());
    }

    @Test
    void linksAndSelfApprovedAlertsAreRefused() {
        LifecycleException link = assertThrows(LifecycleException.class, () -> messages.send(null,
                MerchantMessage.stopUse(1, "13800000002", "http://evil.example.com/pay", "TAMPERED", "alice", "sue")));
        assertEquals("Message to 138****0002 refused: it contains a link, and merchant messages never do",
                link.getMessage());
        assertThrows(LifecycleException.class, () -> messages.send(null,
                MerchantMessage.stopUse(1, "13800000002", "see www.x.cn", "TAMPERED", "alice", "sue")));
        LifecycleException self = assertThrows(LifecycleException.class, () -> messages.send(null,
                MerchantMessage.stopUse(1, "13800000002", "PAX-0002", "TAMPERED", "alice", "alice")));
        assertTrue(self.getMessage().contains("needs the approval of someone other than alice"), self.getMessage());
    }

    @Test
    void oneTimeCodesAreHiddenAndPhonesMaskedForReaders() {
        Handover h = messages.send(null, MerchantMessage.oneTimeCode(1, "13700000009", "493817", 10, "alice"));
        assertNull(h.referenceCode());
        assertTrue(h.text().contains("493817"));
        assertFalse(Masks.codes(h.text()).contains("493817"), Masks.codes(h.text()));
        assertEquals("137****0009", Masks.phone("13700000009"));
        assertEquals("+86*******0009", Masks.phone("+8613700000009"));
        assertEquals("138****0002", Masks.value("recipient", "13800000002"));
        assertEquals("PAX-0002", Masks.value("serial", "PAX-0002"));
    }
}
