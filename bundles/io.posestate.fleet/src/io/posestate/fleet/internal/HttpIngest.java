package io.posestate.fleet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.posestate.driver.DriverRegistry;
import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.StatusReport;
import io.posestate.driver.TerminalDriver;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.IngestEndpoint;
import io.posestate.fleet.RemoteCommands;
import io.posestate.fleet.TerminalStatus;
import io.posestate.fleet.UnknownVendorException;

/**
 * On the loopback interface: {@code POST /status/<vendor-id>} hands each body to a {@link Sink};
 * {@code GET /commands/<vendor-id>/<serial>} gives a terminal its oldest pending command in the vendor's format
 * (header {@code X-Command-Id}), or 204 when none is pending.
 */
final class HttpIngest implements IngestEndpoint {
	/** Status messages are small; anything larger is refused unread. */
	static final int MAX_MESSAGE_BYTES = 64 * 1024;
	private static final String PATH = "/status/";
	private static final String COMMANDS = "/commands/";
	private static final int THREADS = 8;

	/** Where received messages go, and where pending commands come from. */
	interface Sink extends AutoCloseable {
		/** @return the reply text for an accepted message */
		String accept(String vendorId, byte[] body) throws UnknownVendorException, MalformedMessageException,
				IOException;

		List<RemoteCommands.Issued> pending(String vendorId, String serial);

		@Override
		default void close() {
		}
	}

	/** Into the in-memory monitor, acknowledgements to the in-memory command book. */
	static Sink inMemory(FleetMonitor monitor, RemoteCommands commands) {
		return new Sink() {
			@Override
			public String accept(String vendorId, byte[] body) throws UnknownVendorException,
					MalformedMessageException {
				TerminalStatus status = monitor.ingest(vendorId, body, Instant.now());
				return "recorded " + status.vendorId() + " " + status.serialNumber();
			}

			@Override
			public List<RemoteCommands.Issued> pending(String vendorId, String serial) {
				return commands.pending(vendorId, serial);
			}
		};
	}

	/** Decoded by the vendor's driver and recorded in the store by a {@link BatchWriter}. */
	static Sink intoStore(DriverRegistry drivers, FleetStore store) {
		BatchWriter writer = new BatchWriter(store);
		return new Sink() {
			@Override
			public String accept(String vendorId, byte[] body) throws UnknownVendorException,
					MalformedMessageException, IOException {
				TerminalDriver driver = drivers.driver(vendorId)
						.orElseThrow(() -> new UnknownVendorException(vendorId));
				StatusReport report = driver.decode(body);
				try {
					writer.submit(new FleetStore.Received(driver.vendorId(), body, report, store.clock().instant()))
							.get(30, TimeUnit.SECONDS);
					return "recorded " + driver.vendorId() + " " + report.serialNumber();
				} catch (ExecutionException e) {
					throw new IOException(e.getCause().getMessage(), e.getCause());
				} catch (TimeoutException e) {
					throw new IOException("the store did not record the message within 30 s", e);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IOException("interrupted", e);
				}
			}

			@Override
			public List<RemoteCommands.Issued> pending(String vendorId, String serial) {
				return store.pending(vendorId, serial);
			}

			@Override
			public void close() {
				writer.close();
			}
		};
	}

	private final Sink sink;
	private final HttpServer server;
	private final ExecutorService executor = Executors.newFixedThreadPool(THREADS);

	HttpIngest(Sink sink, int port) throws IOException {
		this.sink = sink;
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
		sink.close();
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
				reply(exchange, 202, sink.accept(vendor, body));
			} catch (UnknownVendorException e) {
				reply(exchange, 404, e.getMessage());
			} catch (MalformedMessageException e) {
				reply(exchange, 400, e.getMessage());
			} catch (IOException | RuntimeException e) {
				reply(exchange, 500, "the message could not be recorded: " + e.getMessage());
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
			List<RemoteCommands.Issued> pending = sink.pending(parts[0], parts[1]);
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
