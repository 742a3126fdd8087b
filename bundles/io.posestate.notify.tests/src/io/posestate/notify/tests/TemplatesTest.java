package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.posestate.notify.AlertCause;
import io.posestate.notify.TemplateId;
import io.posestate.notify.Templates;

class TemplatesTest {
	@Test
	void stopUseAlertNamesTerminalCauseReferenceAndServiceNumber() {
		String text = Templates.render(TemplateId.STOP_USE_ALERT, Map.of("terminal", "PAX-A920-0001", "cause",
				AlertCause.TAMPERED.text(), "reference", "ABCDE-FGHJK-MNPQR", "service_number", "95516"));
		assertTrue(text.contains("PAX-A920-0001"));
		assertTrue(text.contains(AlertCause.TAMPERED.text()));
		assertTrue(text.contains("ABCDE-FGHJK-MNPQR"));
		assertTrue(text.contains("95516"));
		assertFalse(text.contains("{"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://pos-verify.example", "https://x.cn/a", "www.unionpay-check.com", "pay.verify.cn",
			"点击 short.link/abc", "weixin://dl/x", "abc.top" })
	void aParameterWithALinkIsRefused(String link) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Templates.render(TemplateId.STOP_USE_ALERT,
						Map.of("terminal", link, "cause", "x", "reference", "R", "service_number", "95516")));
		assertTrue(e.getMessage().contains("link"), e.getMessage());
	}

	@Test
	void aTemplateTextWithALinkIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> Templates.refuseLinks("请登录 posestate-help.com 核实", "template"));
		assertEquals("请致电95516核实。", Templates.refuseLinks("请致电95516核实。", "template"));
	}

	@Test
	void missingAndUnknownParametersAreRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> Templates.render(TemplateId.ONE_TIME_CODE, Map.of("code", "123456")));
		assertThrows(IllegalArgumentException.class,
				() -> Templates.render(TemplateId.ONE_TIME_CODE, Map.of("code", "1", "minutes", "5", "link", "x")));
	}
}
