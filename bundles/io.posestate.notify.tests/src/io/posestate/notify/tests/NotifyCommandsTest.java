package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;
import io.posestate.notify.ChannelException;
import io.posestate.notify.NotificationServiceFactory;

/** The {@code notify} and {@code verify-alert} commands as the launcher runs them, against the loopback SMSC. */
class NotifyCommandsTest {
	@TempDir
	Path dir;
	private LoopbackSmsc smsc;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private CliContext context;

	@BeforeEach
	void start() throws Exception {
		smsc = new LoopbackSmsc();
		Osgi.service(NotificationServiceFactory.class); // starts the notify bundles
		context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		context.setActor("analyst");
		Files.writeString(dir.resolve("smsc.pw"), LoopbackSmsc.PASSWORD + "\n");
		Files.writeString(dir.resolve("wrong.pw"), "nope1234\n");
	}

	@AfterEach
	void stop() throws Exception {
		smsc.close();
	}

	private static Command command(String name) throws Exception {
		for (ServiceReference<Command> ref : Osgi.context().getServiceReferences(Command.class, null)) {
			Command c = Osgi.context().getService(ref);
			if (c.name().equals(name)) {
				return c;
			}
		}
		throw new AssertionError("no command " + name);
	}

	private int run(String name, String... words) throws Exception {
		out.reset();
		return command(name).run(List.of(words), context);
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private List<String> send(String passwordFile, String... extra) {
		List<String> words = new ArrayList<>(List.of("send", "--to", "13800138000", "--service-number", "95516",
				"--smsc", "127.0.0.1:" + smsc.port, "--system-id", LoopbackSmsc.SYSTEM_ID, "--sender", "95516",
				"--password-file", dir.resolve(passwordFile).toString(), "--store", dir.resolve("store").toString(),
				"--key-file", dir.resolve("reference.key").toString(), "--wait", "10"));
		words.addAll(List.of(extra));
		return words;
	}

	@Test
	void sendThenVerifyTheAlertsReferenceCode() throws Exception {
		assertEquals(0, run("notify", send("smsc.pw", "--template", "stop-use", "--terminal", "PAX-A920-77", "--cause",
				"tampered", "--approved-by", "lead").toArray(String[]::new)));
		String sent = output();
		assertTrue(sent.contains("SENT"), sent);
		assertTrue(sent.contains("138****8000"), "phone masked: " + sent);
		assertFalse(sent.contains("13800138000"), sent);
		Matcher m = Pattern.compile("reference ([0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5})").matcher(sent);
		assertTrue(m.find(), sent);
		String code = m.group(1);
		assertEquals(1, smsc.messages().size());
		assertTrue(smsc.messages().get(0).contains(code));
		assertTrue(Files.exists(dir.resolve("reference.key")));

		String[] verifyOptions = { "--store", dir.resolve("store").toString(), "--key-file",
				dir.resolve("reference.key").toString() };
		List<String> words = new ArrayList<>(List.of(code.toLowerCase()));
		words.addAll(List.of(verifyOptions));
		assertEquals(0, run("verify-alert", words.toArray(String[]::new)));
		assertTrue(output().startsWith("GENUINE " + code), output());
		assertTrue(output().contains("PAX-A920-77") && output().contains("TAMPERED"), output());

		words.set(0, code.substring(0, 16) + (code.charAt(16) == '0' ? '1' : '0'));
		assertEquals(1, run("verify-alert", words.toArray(String[]::new)));
		assertTrue(output().startsWith("NOT GENUINE"), output());

		assertEquals(0, run("notify", "status", "--terminal", "PAX-A920-77", verifyOptions[0], verifyOptions[1],
				verifyOptions[2], verifyOptions[3]));
		assertTrue(output().contains("1 message(s) about terminal PAX-A920-77"), output());

		// the same alert again within the window: nothing new goes out
		assertEquals(0, run("notify", send("smsc.pw", "--template", "stop-use", "--terminal", "PAX-A920-77", "--cause",
				"TAMPERED", "--approved-by", "lead").toArray(String[]::new)));
		assertTrue(output().contains("already sent within the alert window"), output());
		assertEquals(1, smsc.messages().size());
	}

	@Test
	void storedSettingsStandInForLeftOutOptions() throws Exception {
		try {
			assertEquals(0, run("notify", "configure", "--smsc", "127.0.0.1:" + smsc.port, "--system-id",
					LoopbackSmsc.SYSTEM_ID, "--sender", "95516", "--service-number", "95516"));
			assertTrue(output().contains("smsc = 127.0.0.1:" + smsc.port), output());
			assertEquals(0, run("notify", "send", "--to", "13800138000", "--template", "code", "--code", "654321",
					"--password-file", dir.resolve("smsc.pw").toString(), "--store", dir.resolve("store").toString(),
					"--key-file", dir.resolve("reference.key").toString()));
			assertTrue(output().contains("SENT"), output());
			assertTrue(smsc.messages().get(0).contains("654321"));
		} finally {
			run("notify", "configure", "--smsc", "", "--system-id", "", "--sender", "", "--service-number", "");
		}
		assertEquals("", output().strip(), "nothing stored any more");
		assertThrows(UsageException.class, () -> run("notify", "send", "--to", "13800138000", "--template", "code",
				"--code", "654321", "--password-file", dir.resolve("smsc.pw").toString()));
	}

	@Test
	void anAlertToABackupContactGoesByEmail() throws Exception {
		try (LoopbackSmtp smtp = new LoopbackSmtp()) {
			assertEquals(0, run("notify", "send", "--to", "li.si@merchant.example", "--template", "maintenance",
					"--terminal", "NL-N910-5", "--due", "2026-12-31", "--service-number", "95516", "--smtp",
					"127.0.0.1:" + smtp.port(), "--mail-from", "alerts@acquirer.example", "--store",
					dir.resolve("store").toString(), "--key-file", dir.resolve("reference.key").toString()));
			assertTrue(output().contains("SENT") && output().contains("l***@merchant.example"), output());
			assertEquals(1, smtp.mails().size());
			assertTrue(smtp.mails().get(0).text().contains("2026-12-31"), smtp.mails().get(0).text());
			assertTrue(smsc.received.isEmpty());
		}
	}

	@Test
	void aWrongPasswordFailsClearlyAndUsageErrorsAreUsageErrors() throws Exception {
		ChannelException e = assertThrows(ChannelException.class, () -> run("notify", send("wrong.pw", "--template",
				"code", "--code", "123456").toArray(String[]::new)));
		assertTrue(e.getMessage().contains("ESME_RINVPASWD"), e.getMessage());
		assertFalse(e.getMessage().contains("nope1234"));
		assertThrows(UsageException.class, () -> run("notify", send("smsc.pw", "--template", "stop-use", "--terminal",
				"PAX-1", "--cause", "bored", "--approved-by", "lead").toArray(String[]::new)));
		assertThrows(UsageException.class, () -> run("notify", send("smsc.pw", "--template", "stop-use", "--terminal",
				"see www.evil.cn", "--cause", "tampered", "--approved-by", "lead").toArray(String[]::new)));
		assertThrows(IllegalStateException.class, () -> run("verify-alert", "ABCDE-FGHJK-MNPQR", "--key-file",
				dir.resolve("missing.key").toString(), "--store", dir.resolve("store").toString()));
		assertTrue(smsc.received.isEmpty());
	}

	@Test
	void listenRecordsAReceiptThatCameAfterTheSendExited() throws Exception {
		smsc.holdReceipts = true;
		smsc.receiptDelayMillis = 1500;
		assertEquals(0, run("notify", send("smsc.pw", "--template", "code", "--code", "123456", "--receipt-wait", "0")
				.toArray(String[]::new)));
		assertFalse(output().contains("receipt "), "exited before the receipt: " + output());
		Osgi.await("the SMSC to hold the receipt", () -> smsc.held.size() == 1);
		List<String> listen = new ArrayList<>(send("smsc.pw").subList(3, 17));
		listen.addAll(0, List.of("listen", "--for", "3"));
		assertEquals(0, run("notify", listen.toArray(String[]::new)));
		assertTrue(output().contains("listening for delivery receipts from SMSC 127.0.0.1:" + smsc.port), output());
		assertFalse(output().contains(LoopbackSmsc.PASSWORD), "no password in the output");
		assertTrue(smsc.held.isEmpty(), "the held receipt went to the listener");
		try (io.posestate.notify.NotificationService look = Osgi.service(NotificationServiceFactory.class)
				.openReadOnly(io.posestate.notify.NotifySettings.defaults(dir.resolve("store").toString(),
						java.util.Base64.getDecoder().decode(Files.readString(dir.resolve("reference.key")).strip()),
						"95516"))) {
			assertEquals(1, look.message(1).orElseThrow().receipts().size(), "recorded by notify listen");
		}
	}
}
