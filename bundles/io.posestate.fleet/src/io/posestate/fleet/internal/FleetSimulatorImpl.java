package io.posestate.fleet.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.posestate.driver.DriverRegistry;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.ErrorCode.Severity;
import io.posestate.driver.ModelInfo;
import io.posestate.driver.StatusReport;
import io.posestate.driver.StatusReport.PairingState;
import io.posestate.driver.StatusReport.PaperState;
import io.posestate.driver.TerminalDriver;
import io.posestate.driver.TerminalEmulator;
import io.posestate.fleet.FleetSimulator;
import io.posestate.model.Capability;
import io.posestate.model.ConnectionType;

/** Builds demo fleets from the installed drivers' models and sends them through the vendors' emulators. */
@Component(service = FleetSimulator.class)
public final class FleetSimulatorImpl implements FleetSimulator {
	static final Duration SILENCE = Duration.ofHours(30);
	/** Requests sent at once. */
	static final int IN_FLIGHT = 8;

	@Reference
	private DriverRegistry drivers;

	private final Map<String, TerminalEmulator> emulators = new ConcurrentHashMap<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	void addEmulator(TerminalEmulator emulator) {
		emulators.put(emulator.vendorId().toLowerCase(Locale.ROOT), emulator);
	}

	void removeEmulator(TerminalEmulator emulator) {
		emulators.remove(emulator.vendorId().toLowerCase(Locale.ROOT), emulator);
	}

	@Override
	public List<Message> demoFleet(int size, long seed, Instant now) {
		List<TerminalDriver> vendors = drivers.drivers().stream()
				.filter(d -> emulators.containsKey(d.vendorId().toLowerCase(Locale.ROOT))).toList();
		if (vendors.isEmpty()) {
			throw new IllegalStateException("no installed driver has a terminal emulator to simulate");
		}
		Random random = new Random(seed);
		List<Message> fleet = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			TerminalDriver driver = vendors.get(i % vendors.size());
			ModelInfo model = driver.models().get((i / vendors.size()) % driver.models().size());
			String serial = String.format("SIM-%s-%05d", model.name().replaceAll("[^A-Za-z0-9]", ""), i + 1);
			Instant at = i % 7 == 6 ? now.minus(SILENCE) : now.minusSeconds(random.nextInt(1800));
			fleet.add(new Message(driver.vendorId(), report(driver, model, serial, at, i == 3, random)));
		}
		return fleet;
	}

	private static StatusReport report(TerminalDriver driver, ModelInfo model, String serial, Instant at,
			boolean tampered, Random random) {
		StatusReport.Builder r = StatusReport.builder(serial, at).model(model.name()).tampered(tampered)
				.firmware("1." + random.nextInt(5) + "." + random.nextInt(20));
		boolean wireless = model.connections().stream().anyMatch(c -> c == ConnectionType.BLUETOOTH
				|| c == ConnectionType.CELLULAR || c == ConnectionType.WIFI);
		if (wireless) {
			boolean low = random.nextInt(10) == 0;
			r.battery(low ? 5 : 15 + random.nextInt(86), !low && random.nextBoolean());
			// Multiples of 20 % survive signal bars; dBm scales keep them within 2 %.
			r.signal(20 * (1 + random.nextInt(5)));
		}
		if (model.has(Capability.PRINTER)) {
			r.paper(random.nextInt(7) == 0 ? PaperState.LOW : PaperState.OK);
		}
		if (model.has(Capability.BLUETOOTH)) {
			r.pairing(random.nextInt(10) == 0 ? PairingState.UNPAIRED : PairingState.PAIRED);
		}
		if (random.nextInt(6) == 0) {
			List<ErrorCode> warnings = driver.errorCodes().stream().filter(e -> e.severity() == Severity.WARNING)
					.toList();
			if (!warnings.isEmpty()) {
				r.error(warnings.get(random.nextInt(warnings.size())));
			}
		}
		return r.build();
	}

	@Override
	public List<Message> fetchCommands(URI endpoint, List<Message> messages) throws IOException,
			InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<Message> answered = new ArrayList<>();
		for (Message m : messages) {
			// The endpoint hands out the oldest pending command; the next status acknowledges it.
			HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(endpoint.resolve("commands/" + m.vendorId()
					+ "/" + m.report().serialNumber())).timeout(Duration.ofSeconds(10)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			List<Long> acks = new ArrayList<>();
			if (r.statusCode() == 200) {
				acks.add(Long.parseLong(r.headers().firstValue("X-Command-Id").orElseThrow(
						() -> new IOException("a command without X-Command-Id from " + endpoint))));
			}
			answered.add(acks.isEmpty() ? m : new Message(m.vendorId(), withAcks(m.report(), acks)));
		}
		return answered;
	}

	private static StatusReport withAcks(StatusReport r, List<Long> acks) {
		StatusReport.Builder b = StatusReport.builder(r.serialNumber(), r.timestamp()).tampered(r.tampered())
				.paper(r.paper()).pairing(r.pairing());
		r.model().ifPresent(b::model);
		r.firmware().ifPresent(b::firmware);
		if (r.batteryPercent().isPresent()) {
			b.battery(r.batteryPercent().getAsInt(), r.charging().orElse(null));
		}
		r.signalPercent().ifPresent(b::signal);
		r.errors().forEach(b::error);
		r.acknowledgedCommands().forEach(b::acknowledged);
		acks.forEach(b::acknowledged);
		return b.build();
	}

	@Override
	public Result send(URI endpoint, List<Message> messages) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<Message> ordered = messages.stream().sorted(Comparator.comparing(x -> x.report().timestamp())).toList();
		List<HttpResponse<String>> responses = new ArrayList<>();
		// Several terminals report at once, as a real fleet does; a window keeps the endpoint's queue short.
		for (int from = 0; from < ordered.size(); from += IN_FLIGHT) {
			List<CompletableFuture<HttpResponse<String>>> window = new ArrayList<>();
			for (Message m : ordered.subList(from, Math.min(ordered.size(), from + IN_FLIGHT))) {
				TerminalEmulator emulator = Optional.ofNullable(emulators.get(m.vendorId().toLowerCase(Locale.ROOT)))
						.orElseThrow(() -> new IllegalStateException("no terminal emulator for vendor " + m.vendorId()));
				HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("status/" + m.vendorId()))
						.timeout(Duration.ofSeconds(30)).header("Content-Type", "application/octet-stream")
						.POST(HttpRequest.BodyPublishers.ofByteArray(emulator.statusMessage(m.report()))).build();
				window.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
			}
			for (CompletableFuture<HttpResponse<String>> f : window) {
				try {
					responses.add(f.get());
				} catch (ExecutionException e) {
					throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
				}
			}
		}
		int accepted = 0;
		List<String> rejected = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			HttpResponse<String> response = responses.get(i);
			if (response.statusCode() == 202) {
				accepted++;
			} else {
				rejected.add(ordered.get(i).report().serialNumber() + ": " + response.statusCode() + " "
						+ response.body().strip());
			}
		}
		return new Result(accepted, rejected);
	}
}
