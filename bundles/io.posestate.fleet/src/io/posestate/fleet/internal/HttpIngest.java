package io.posestate.fleet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.posestate.driver.MalformedMessageException;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.IngestEndpoint;
import io.posestate.fleet.RemoteCommands;
import io.posestate.fleet.TerminalStatus;
import io.posestate.fleet.UnknownVendorException;

/**
 * On the loopback interface: {@code POST /status/<vendor-id>} hands each body to the monitor;
 * {@code GET /commands/<vendor-id>/<serial>} gives a terminal its oldest pending command in the vendor's format
 * (header {@code X-Command-Id}), or 204 when none is pending.
 */
final class HttpIngest implements IngestEndpoint {
	/** Status messages are small; anything larger is refused unread. */
	static final int MAX_MESSAGE_BYTES = 64 * 1024;
	private static final String PATH = "/status/";
	private static final String COMMANDS = "/commands/";

	private final FleetMonitor monitor;
	private final RemoteCommands commands;
	private final HttpServer server;
	private final ExecutorService executor = Executors.newFixedThreadPool(2);

	HttpIngest(FleetMonitor monitor, RemoteCommands commands, int port) throws IOException {
		this.monitor = monitor;
		this.commands = commands;
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		server.createContext(PATH, this::handle);
		server.createContext(COMMANDS, this::handleCommands);
		server.setExecutor(executor);
		server.start();
	}

	@Override
	public URI uri() {
		InetSocketAddress a = server.getAddress();
		return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/");
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.getResponseHeaders().add("Allow", "POST");
				reply(exchange, 405, "only POST is accepted");
				return;
			}
			String vendor = exchange.getRequestURI().getPath().substring(PATH.length());
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readNBytes(MAX_MESSAGE_BYTES + 1);
			}
			if (body.length > MAX_MESSAGE_BYTES) {
				reply(exchange, 413, "a status message is at most " + MAX_MESSAGE_BYTES + " bytes");
				return;
			}
			try {
				TerminalStatus status = monitor.ingest(vendor, body, Instant.now());
				reply(exchange, 202, "recorded " + status.vendorId() + " " + status.serialNumber());
			} catch (UnknownVendorException e) {
				reply(exchange, 404, e.getMessage());
			} catch (MalformedMessageException e) {
				reply(exchange, 400, e.getMessage());
			} catch (RuntimeException e) {
				reply(exchange, 500, "the message could not be recorded: " + e);
			}
		}
	}

	private void handleCommands(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"GET".equals(exchange.getRequestMethod())) {
				exchange.getResponseHeaders().add("Allow", "GET");
				reply(exchange, 405, "only GET is accepted");
				return;
			}
			String[] parts = exchange.getRequestURI().getPath().substring(COMMANDS.length()).split("/");
			if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
				reply(exchange, 404, "use /commands/<vendor-id>/<serial>");
				return;
			}
			List<RemoteCommands.Issued> pending = commands.pending(parts[0], parts[1]);
			if (pending.isEmpty()) {
				exchange.sendResponseHeaders(204, -1);
				return;
			}
			RemoteCommands.Issued next = pending.get(0);
			exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
			exchange.getResponseHeaders().add("X-Command-Id", Long.toString(next.command().id()));
			exchange.sendResponseHeaders(200, next.encoded().length);
			exchange.getResponseBody().write(next.encoded());
		}
	}

	private static void reply(HttpExchange exchange, int status, String text) throws IOException {
		byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}
}
