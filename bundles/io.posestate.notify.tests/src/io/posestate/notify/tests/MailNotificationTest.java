package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.notify.AlertCause;
import io.posestate.notify.MailChannelFactory;
import io.posestate.notify.Message;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.OutboxState;
import io.posestate.notify.SentMessage;
import io.posestate.notify.SmtpSettings;
import io.posestate.notify.Submission;
import io.posestate.notify.Templates;
import io.posestate.notify.TemplateId;
import io.posestate.notify.Verification;

/** Email to backup contacts through the SMTP channel, against a real SMTP server on loopback. */
class MailNotificationTest {
	private static final String BACKUP = "zhang.san@merchant.example";

	@TempDir
	Path dir;
	private LoopbackSmtp smtp;
	private NotificationService service;

	@BeforeEach
	void start() throws Exception {
		smtp = new LoopbackSmtp();
		SmtpSettings settings = new SmtpSettings("127.0.0.1", smtp.port(), null, null, "alerts@acquirer.example",
				false, Duration.ofSeconds(5));
		service = Osgi.service(NotificationServiceFactory.class).open(
				NotifySettings.defaults(dir.resolve("store").toString(),
						"acquirer-reference-key-01".getBytes(StandardCharsets.UTF_8), "95516")
						.withRetries(Duration.ofMillis(50), Duration.ofMillis(200), 4),
				null, Osgi.service(MailChannelFactory.class).open(settings));
	}

	@AfterEach
	void stop() throws Exception {
		service.close();
		smtp.close();
	}

	@Test
	void aStopUseAlertReachesTheBackupContactAndItsCodeVerifies() throws Exception {
		Submission s = service.submit(Message.stopUse(BACKUP, "PAX-A920-0009", AlertCause.TAMPERED, "analyst", "lead"));
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		SentMessage m = service.message(s.id()).orElseThrow();
		assertEquals(OutboxState.SENT, m.state());
		List<LoopbackSmtp.Mail> mails = smtp.mails();
		assertEquals(1, mails.size());
		LoopbackSmtp.Mail mail = mails.get(0);
		assertEquals(BACKUP, mail.to());
		assertEquals("alerts@acquirer.example", mail.from());
		assertEquals(Templates.subject(TemplateId.STOP_USE_ALERT), mail.subject());
		assertEquals(m.text(), mail.text());
		assertTrue(mail.text().contains(s.referenceCode()));
		assertTrue(mail.raw().contains("Content-Type: text/plain; charset=UTF-8"));
		assertEquals(List.of(mail.raw().lines().filter(l -> l.startsWith("Message-ID: ")).findFirst().orElseThrow()
				.substring(12)), m.messageIds());
		assertEquals(Verification.Verdict.GENUINE, service.verify(s.referenceCode()).verdict());
	}

	@Test
	void aBusyServerIsRetriedAndAnUnknownAddressFails() throws Exception {
		smtp.busy.set(2);
		Submission busy = service.submit(Message.stopUse(BACKUP, "PAX-1", AlertCause.RELOCATED, "analyst", "lead"));
		Submission unknown = service.submit(
				Message.stopUse("nobody@merchant.example", "PAX-2", AlertCause.RELOCATED, "analyst", "lead"));
		assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
		SentMessage sent = service.message(busy.id()).orElseThrow();
		assertEquals(OutboxState.SENT, sent.state());
		assertEquals(2, sent.attempts());
		assertTrue(sent.lastError().contains("451"), sent.lastError());
		SentMessage failed = service.message(unknown.id()).orElseThrow();
		assertEquals(OutboxState.FAILED, failed.state());
		assertTrue(failed.lastError().contains("550"), failed.lastError());
		assertFalse(failed.lastError().contains("nobody@"), "the address is masked: " + failed.lastError());
		assertEquals(1, smtp.mails().size());
	}

	@Test
	void smsAndEmailAlertsAreCountedApartButEachOnlyOnce() {
		Submission first = service.submit(Message.stopUse(BACKUP, "PAX-3", AlertCause.TAMPERED, "analyst", "lead"));
		Submission again = service.submit(Message.stopUse(BACKUP, "PAX-3", AlertCause.TAMPERED, "analyst", "lead"));
		assertTrue(again.duplicate());
		assertEquals(first.id(), again.id());
		// no SMS channel in this service: an SMS is refused rather than queued for nobody
		assertThrows(IllegalStateException.class,
				() -> service.submit(Message.stopUse("13800138000", "PAX-3", AlertCause.TAMPERED, "analyst", "lead")));
	}

	@Test
	void authenticationWithoutStartTlsIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new SmtpSettings("127.0.0.1", 25, "user", "pw",
				"alerts@acquirer.example", false, null));
		assertFalse(new SmtpSettings("127.0.0.1", 25, "user", "secret-pw", "alerts@acquirer.example", true, null)
				.toString().contains("secret-pw"));
	}
}
