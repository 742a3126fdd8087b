package io.posestate.notify.smtp.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import io.posestate.notify.ChannelException;
import io.posestate.notify.MailChannel;
import io.posestate.notify.Recipients;
import io.posestate.notify.SmtpSettings;

/**
 * Sends each email in its own SMTP session: EHLO, STARTTLS and AUTH PLAIN when configured, MAIL, RCPT, DATA. The
 * text goes as UTF-8 in base64; the subject as RFC 2047 encoded words. 4xx replies and lost connections are
 * retryable, 5xx are not.
 */
final class SmtpMailChannel implements MailChannel {
	private final SmtpSettings settings;

	SmtpMailChannel(SmtpSettings settings) {
		this.settings = settings;
	}

	@Override
	public String send(String to, String subject, String text) throws ChannelException {
		if (!Recipients.isEmail(to)) {
			throw new ChannelException("not an email address: " + Recipients.mask(to), -1, false, null);
		}
		String messageId = "<" + UUID.randomUUID() + settings.from().substring(settings.from().indexOf('@')) + ">";
		int timeout = (int) settings.timeout().toMillis();
		try (Socket plain = new Socket()) {
			plain.connect(new InetSocketAddress(settings.host(), settings.port()), timeout);
			plain.setSoTimeout(timeout);
			Conversation c = new Conversation(plain);
			c.expect(220, "the greeting");
			String hello = "EHLO " + localName();
			c.command(hello, 250, "EHLO");
			Socket tls = null;
			if (settings.startTls()) {
				c.command("STARTTLS", 220, "STARTTLS");
				SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain,
						settings.host(), settings.port(), true);
				ssl.setUseClientMode(true);
				ssl.startHandshake();
				tls = ssl;
				c = new Conversation(ssl);
				c.command(hello, 250, "EHLO");
			}
			try {
				if (settings.username() != null) {
					String token = Base64.getEncoder().encodeToString(("\0" + settings.username() + "\0"
							+ (settings.password() == null ? "" : settings.password())).getBytes(StandardCharsets.UTF_8));
					c.command("AUTH PLAIN " + token, 235, "authentication");
				}
				c.command("MAIL FROM:<" + settings.from() + ">", 250, "the sender");
				c.command("RCPT TO:<" + to + ">", 250, "the recipient " + Recipients.mask(to));
				c.command("DATA", 354, "DATA");
				c.data(message(to, subject, text, messageId));
				c.expect(250, "the message");
				c.quit();
			} finally {
				if (tls != null) {
					tls.close();
				}
			}
			return messageId;
		} catch (Refused r) {
			throw new ChannelException("the mail server (" + settings + ") refused " + r.stage + ": " + r.reply,
					r.code, r.code < 500, null);
		} catch (IOException e) {
			throw new ChannelException("cannot send through " + settings + ": " + e.getMessage(), -1, true, e);
		}
	}

	private String message(String to, String subject, String text, String messageId) {
		StringBuilder m = new StringBuilder();
		m.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())).append("\r\n");
		m.append("From: <").append(settings.from()).append(">\r\n");
		m.append("To: <").append(to).append(">\r\n");
		m.append("Subject: ").append(encodedWords(subject)).append("\r\n");
		m.append("Message-ID: ").append(messageId).append("\r\n");
		m.append("MIME-Version: 1.0\r\n");
		m.append("Content-Type: text/plain; charset=UTF-8\r\n");
		m.append("Content-Transfer-Encoding: base64\r\n\r\n");
		String body = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(text.getBytes(StandardCharsets.UTF_8));
		m.append(body).append("\r\n");
		return m.toString(); // base64 lines never start with '.', so no dot-stuffing is needed
	}

	/** RFC 2047 "B" encoded words of at most 15 characters each (a word stays under 75 octets). */
	static String encodedWords(String text) {
		StringBuilder out = new StringBuilder();
		for (int start = 0; start < text.length();) {
			int end = Math.min(text.length(), start + 15);
			if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			if (out.length() > 0) {
				out.append("\r\n ");
			}
			out.append("=?UTF-8?B?").append(Base64.getEncoder()
					.encodeToString(text.substring(start, end).getBytes(StandardCharsets.UTF_8))).append("?=");
			start = end;
		}
		return out.toString();
	}

	private static String localName() {
		try {
			return InetAddress.getLocalHost().getCanonicalHostName();
		} catch (IOException e) {
			return "localhost";
		}
	}

	@Override
	public void close() {
		// one session per email: nothing stays open
	}

	/** A reply other than the one expected. */
	private static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;
		final int code;
		final String stage;
		final String reply;

		Refused(int code, String stage, String reply) {
			super(stage + ": " + reply);
			this.code = code;
			this.stage = stage;
			this.reply = reply;
		}
	}

	private static final class Conversation {
		private final BufferedReader in;
		private final OutputStream out;

		Conversation(Socket socket) throws IOException {
			in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			out = socket.getOutputStream();
		}

		/** Sends a command (never echoed in errors: AUTH carries the password) and expects a reply code. */
		void command(String line, int expected, String stage) throws IOException, Refused {
			out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			expect(expected, stage);
		}

		void data(String message) throws IOException {
			out.write((message + ".\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
		}

		void quit() {
			try {
				command("QUIT", 221, "QUIT");
			} catch (IOException | Refused e) {
				// the message is accepted already
			}
		}

		/** Reads a (multi-line) reply; the code must be the expected one (251 counts as 250). */
		void expect(int expected, String stage) throws IOException, Refused {
			StringBuilder reply = new StringBuilder();
			String line;
			do {
				line = in.readLine();
				if (line == null) {
					throw new IOException("the mail server closed the connection at " + stage);
				}
				if (reply.length() > 0) {
					reply.append(" / ");
				}
				reply.append(line);
			} while (line.length() > 3 && line.charAt(3) == '-');
			int code;
			try {
				code = Integer.parseInt(line.substring(0, 3));
			} catch (RuntimeException e) {
				throw new IOException("not an SMTP reply at " + stage + ": " + line);
			}
			if (code != expected && !(expected == 250 && code == 251)) {
				throw new Refused(code, stage, reply.toString());
			}
		}
	}
}
