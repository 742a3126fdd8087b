package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.posestate.notify.AlertCause;
import io.posestate.notify.ChannelType;
import io.posestate.notify.Message;
import io.posestate.notify.Recipients;
import io.posestate.notify.TemplateId;

class MessageTest {
	@Test
	void aStopUseAlertNeedsTheApprovalOfASecondPerson() {
		assertThrows(IllegalArgumentException.class,
				() -> Message.stopUse("13800138000", "PAX-1", AlertCause.TAMPERED, "analyst", null));
		assertThrows(IllegalArgumentException.class,
				() -> Message.stopUse("13800138000", "PAX-1", AlertCause.TAMPERED, "analyst", " analyst"));
		assertEquals("lead", Message.stopUse("13800138000", "PAX-1", AlertCause.TAMPERED, "analyst", "lead").approvedBy());
	}

	@Test
	void recipientsArePhonesOrEmailsAndAreMasked() {
		assertEquals(ChannelType.SMS, ChannelType.of("+8613800138000"));
		assertEquals(ChannelType.EMAIL, ChannelType.of("zhang.san@merchant.example"));
		assertEquals("138****8000", Recipients.mask("13800138000"));
		assertEquals("+86*******8000", Recipients.mask("+8613800138000"));
		assertEquals("z***@merchant.example", Recipients.mask("zhang.san@merchant.example"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Message.oneTimeCode("call 13800138000", "123456", 5, "analyst"));
		assertFalse(e.getMessage().contains("13800138000"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new Message("a@b.example\r\nBcc: x@y.example",
				TemplateId.ONE_TIME_CODE, Map.of("code", "1", "minutes", "5"), null, null, "analyst", null));
		assertTrue(Message.oneTimeCode("a@b.example", "123456", 5, "analyst").byEmail());
	}
}
