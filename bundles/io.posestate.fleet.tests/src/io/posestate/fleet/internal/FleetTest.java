package io.posestate.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.posestate.driver.ErrorCode;
import io.posestate.driver.ErrorCode.Severity;
import io.posestate.driver.StatusReport;
import io.posestate.fleet.FleetAlert;
import io.posestate.fleet.FleetAlert.Kind;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetSimulator;
import io.posestate.fleet.IngestEndpoint;
import io.posestate.fleet.TerminalStatus;
import io.posestate.fleet.UnknownVendorException;

/** The fleet end to end inside OSGi: simulator → loopback HTTP → drivers → monitor → alerts. */
class FleetTest {
	private FleetMonitor monitor;
	private FleetSimulator simulator;
	private IngestEndpoint endpoint;

	@BeforeEach
	void start() throws Exception {
		BundleContext bc = FrameworkUtil.getBundle(FleetTest.class).getBundleContext();
		monitor = bc.getService(bc.getServiceReference(FleetMonitor.class));
		simulator = bc.getService(bc.getServiceReference(FleetSimulator.class));
		monitor.clear();
		endpoint = monitor.listen(0);
	}

	@AfterEach
	void stop() {
		endpoint.close();
	}

	@Test
	void simulatedFleetIsIngestedOverHttpAndRaisesAlerts() throws Exception {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<FleetSimulator.Message> fleet = simulator.demoFleet(21, 42, now);
		assertEquals(Set.of("acme-smart", "ledgerline", "pocketpin"),
				fleet.stream().map(FleetSimulator.Message::vendorId).collect(Collectors.toSet()));

		FleetSimulator.Result result = simulator.send(endpoint.uri(), fleet);
		assertEquals(List.of(), result.rejected());
		assertEquals(21, result.accepted());
		assertEquals(21, monitor.terminals().size());

		// What the monitor holds is what each terminal sent, through its vendor's wire format.
		for (FleetSimulator.Message m : fleet) {
			StatusReport sent = m.report();
			TerminalStatus held = monitor.terminal(m.vendorId(), sent.serialNumber()).orElseThrow();
			StatusReport got = held.lastReport();
			assertEquals(sent.timestamp(), held.lastSeen(), sent.serialNumber());
			assertEquals(sent.model(), got.model());
			assertEquals(sent.batteryPercent(), got.batteryPercent(), sent.serialNumber());
			assertEquals(sent.signalPercent().isPresent(), got.signalPercent().isPresent());
			sent.signalPercent().ifPresent(p -> assertTrue(Math.abs(p - got.signalPercent().getAsInt()) <= 2,
					"signal within the precision of a dBm or a bar: " + sent + " / " + got));
			assertEquals(sent.paper(), got.paper());
			assertEquals(sent.pairing(), got.pairing());
			assertEquals(sent.firmware(), got.firmware());
			assertEquals(sent.tampered(), got.tampered());
			assertEquals(codes(sent), codes(got));
		}

		List<FleetAlert> alerts = monitor.alerts(now);
		FleetAlert first = alerts.get(0);
		assertEquals(Kind.TAMPER, first.kind(), alerts.toString());
		assertEquals(Severity.CRITICAL, first.severity());
		assertEquals(fleet.get(3).report().serialNumber(), first.serialNumber());
		List<String> offline = alerts.stream().filter(a -> a.kind() == Kind.OFFLINE).map(FleetAlert::serialNumber)
				.toList();
		assertEquals(List.of(6, 13, 20).stream().map(i -> fleet.get(i).report().serialNumber()).sorted().toList(),
				offline.stream().sorted().toList());
		assertTrue(alerts.stream().filter(a -> a.kind() == Kind.OFFLINE).allMatch(a -> a.message().startsWith(
				"silent for 30 h")), alerts.toString());
		assertTrue(monitor.alerts(now, Duration.ofHours(31)).stream().noneMatch(a -> a.kind() == Kind.OFFLINE),
				"a longer threshold clears the offline alerts");
	}

	private static List<String> codes(StatusReport r) {
		return r.errors().stream().map(ErrorCode::code).toList();
	}

	@Test
	void httpEndpointAnswersWithReasons() throws Exception {
		assertEquals("http://127.0.0.1:", endpoint.uri().toString().substring(0, 17), "loopback only");
		HttpResponse<String> malformed = post("status/acme-smart", "{\"schema\":\"acme-smart/status/1\"}");
		assertEquals(400, malformed.statusCode());
		assertEquals("acme-smart message malformed at field serial: required but missing", malformed.body().strip());
		HttpResponse<String> unknown = post("status/nobody", "x");
		assertEquals(404, unknown.statusCode());
		assertTrue(unknown.body().contains("no driver installed for vendor \"nobody\""), unknown.body());
		assertEquals(413, post("status/acme-smart", "x".repeat(HttpIngest.MAX_MESSAGE_BYTES + 1)).statusCode());
		HttpResponse<String> get = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(endpoint.uri().resolve("status/acme-smart")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(405, get.statusCode());
		HttpResponse<String> ok = post("status/ledgerline",
				"STLL9-0000456789  LL-900  20261120081500M---O0D-3.04.12     \r\n");
		assertEquals(202, ok.statusCode());
		assertEquals("recorded ledgerline LL9-0000456789", ok.body().strip());
		assertEquals(1, monitor.terminals().size());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.uri().resolve(path))
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void offlineThresholdDefaultsTo24Hours() throws Exception {
		Instant now = Instant.parse("2026-11-21T12:00:00Z");
		ingest("SN-23H", now.minus(Duration.ofHours(23)), now);
		ingest("SN-25H", now.minus(Duration.ofHours(25)), now);
		List<FleetAlert> alerts = monitor.alerts(now);
		assertEquals(List.of("SN-25H"), alerts.stream().map(FleetAlert::serialNumber).toList());
		assertEquals("silent for 25 h (last seen 2026-11-20T11:00:00Z; threshold 24 h)", alerts.get(0).message());
	}

	@Test
	void lateMessagesAndFastClocksDoNotHideSilence() throws Exception {
		Instant received = Instant.parse("2026-11-21T12:00:00Z");
		ingest("SN-1", received.minus(Duration.ofHours(1)), received);
		ingest("SN-1", received.minus(Duration.ofHours(5)), received);
		TerminalStatus t = monitor.terminal("ledgerline", "SN-1").orElseThrow();
		assertEquals(received.minus(Duration.ofHours(1)), t.lastSeen(), "a late, older message does not win");
		assertEquals(2, t.messages());

		ingest("SN-2", received.plus(Duration.ofDays(3)), received);
		assertEquals(received, monitor.terminal("LEDGERLINE", "SN-2").orElseThrow().lastSeen(),
				"a clock in the future is capped at the receipt time");
		assertThrows(UnknownVendorException.class, () -> monitor.ingest("nobody", new byte[1], received));
	}

	private void ingest(String serial, Instant at, Instant received) throws Exception {
		String line = String.format("ST%-16s%-8s%sM---O0D-3.04.12     %n", serial, "LL-900",
				DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC)
						.format(at));
		monitor.ingest("ledgerline", line.getBytes(StandardCharsets.US_ASCII), received);
	}
}
