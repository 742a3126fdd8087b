package io.posestate.notify.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small real SMTP server on loopback standing in for the acquirer's mail server: "nobody@" recipients do not
 * exist (550), {@link #busy} RCPTs are answered 451 first, everything else is accepted and kept.
 */
final class LoopbackSmtp implements AutoCloseable {
	/** One accepted email, decoded. */
	record Mail(String from, String to, String subject, String text, String raw) {
	}

	private final ServerSocket server;
	private final Thread acceptor;
	final List<Mail> mails = new CopyOnWriteArrayList<>();
	final AtomicInteger busy = new AtomicInteger();

	LoopbackSmtp() throws IOException {
		server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		acceptor = new Thread(this::acceptLoop, "loopback-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try (Socket s = server.accept()) {
				session(s);
			} catch (IOException e) {
				// client gone or server closed
			}
		}
	}

	private void session(Socket s) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
		OutputStream out = s.getOutputStream();
		reply(out, "220 loopback ESMTP");
		String from = null;
		String to = null;
		for (String line; (line = in.readLine()) != null;) {
			String upper = line.toUpperCase();
			if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
				reply(out, "250-loopback\r\n250 8BITMIME");
			} else if (upper.startsWith("MAIL FROM:")) {
				from = address(line);
				reply(out, "250 ok");
			} else if (upper.startsWith("RCPT TO:")) {
				String rcpt = address(line);
				if (rcpt.startsWith("nobody@")) {
					reply(out, "550 5.1.1 no such user");
				} else if (busy.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
					reply(out, "451 4.3.0 try again later");
				} else {
					to = rcpt;
					reply(out, "250 ok");
				}
			} else if (upper.equals("DATA")) {
				reply(out, "354 go ahead");
				StringBuilder raw = new StringBuilder();
				for (String l; (l = in.readLine()) != null && !l.equals(".");) {
					raw.append(l.startsWith("..") ? l.substring(1) : l).append("\r\n");
				}
				mails.add(decode(from, to, raw.toString()));
				reply(out, "250 queued");
			} else if (upper.equals("QUIT")) {
				reply(out, "221 bye");
				return;
			} else if (upper.equals("RSET") || upper.equals("NOOP")) {
				reply(out, "250 ok");
			} else {
				reply(out, "502 not implemented");
			}
		}
	}

	private static String address(String line) {
		return line.substring(line.indexOf('<') + 1, line.indexOf('>'));
	}

	private static Mail decode(String from, String to, String raw) {
		int split = raw.indexOf("\r\n\r\n");
		String headers = raw.substring(0, split).replace("\r\n ", " ");
		Matcher subject = Pattern.compile("(?m)^Subject: (.*)$").matcher(headers);
		subject.find();
		StringBuilder s = new StringBuilder();
		Matcher word = Pattern.compile("=\\?UTF-8\\?B\\?([^?]*)\\?=").matcher(subject.group(1));
		while (word.find()) {
			s.append(new String(Base64.getDecoder().decode(word.group(1)), StandardCharsets.UTF_8));
		}
		String text = new String(Base64.getMimeDecoder().decode(raw.substring(split + 4).strip()), StandardCharsets.UTF_8);
		return new Mail(from, to, s.toString(), text, raw);
	}

	private static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	List<Mail> mails() {
		return new ArrayList<>(mails);
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
