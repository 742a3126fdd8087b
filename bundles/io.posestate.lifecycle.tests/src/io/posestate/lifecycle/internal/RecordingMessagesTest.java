package io.posestate.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.posestate.lifecycle.LifecycleException;

/** Merchant message rules that need no database: links refused, second person, reference codes, masking. */
class RecordingMessagesTest {
    private final RecordingMessages messages = new RecordingMessages();

    @Test
    void alertCarriesAVerifiableReferenceAndNoLink() {
        MerchantMessages.Outgoing m = messages.stopUse("13800000002", "PAX-0002", "TAMPERED", "alice", "sue");
        assertTrue(ReferenceCodes.wellFormed(m.referenceCode()), m.referenceCode());
        assertTrue(m.text().contains(m.referenceCode()) && m.text().contains("PAX-0002"), m.text());
        String code = m.referenceCode();
        for (int i = 3; i < code.length(); i++) {
            char other = code.charAt(i) == '2' ? 'Y' : '2';
            String typo = code.substring(0, i) + other + code.substring(i + 1);
            assertFalse(ReferenceCodes.wellFormed(typo), "one mistyped character is caught: " + typo);
        }
    }

    @Test
    void linksAndSelfApprovedAlertsAreRefused() {
        LifecycleException link = assertThrows(LifecycleException.class,
                () -> messages.stopUse("13800000002", "http://evil.example.com/pay", "TAMPERED", "alice", "sue"));
        assertEquals("Message to 138****0002 refused: it contains a link, and merchant messages never do",
                link.getMessage());
        assertThrows(LifecycleException.class, () -> messages.stopUse("13800000002", "see www.x.cn", "TAMPERED",
                "alice", "sue"));
        LifecycleException self = assertThrows(LifecycleException.class,
                () -> messages.stopUse("13800000002", "PAX-0002", "TAMPERED", "alice", "alice"));
        assertTrue(self.getMessage().contains("needs the approval of someone other than alice"), self.getMessage());
    }

    @Test
    void oneTimeCodesAreHiddenAndPhonesMaskedForReaders() {
        MerchantMessages.Outgoing m = messages.oneTimeCode("13700000009", "493817", "alice");
        assertNull(m.referenceCode());
        assertFalse(Masks.codes(m.text()).contains("493817"), Masks.codes(m.text()));
        assertEquals("137****0009", Masks.phone("13700000009"));
        assertEquals("+86*******0009", Masks.phone("+8613700000009"));
        assertEquals("138****0002", Masks.value("recipient", "13800000002"));
        assertEquals("PAX-0002", Masks.value("serial", "PAX-0002"));
    }
}
