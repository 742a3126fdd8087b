package io.posestate.driver.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.StatusReport;
import io.posestate.driver.TerminalDriver;

/** {@code decode}: reads captured status messages with a vendor's driver and prints what they say. */
@Component(service = Command.class)
public final class DecodeCommand implements Command {

	@Override
	public String name() {
		return "decode";
	}

	@Override
	public String usage() {
		return "decode --vendor V FILE...";
	}

	@Override
	public String summary() {
		return "decode captured terminal status messages with the vendor's driver";
	}

	/** Exit 0 when every file decodes; 1 when any is malformed (each reason is printed, the rest still decoded). */
	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of("vendor"), Set.of());
		TerminalDriver driver = Drivers.driver(context, args.required("vendor"));
		if (args.positional().isEmpty()) {
			throw new UsageException("name at least one captured message file");
		}
		int malformed = 0;
		for (String name : args.positional()) {
			Path file = Path.of(name);
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
			} catch (NoSuchFileException e) {
				throw new UsageException("no such file: " + file);
			}
			try {
				print(file, driver.decode(bytes), context.out());
			} catch (MalformedMessageException e) {
				malformed++;
				context.err().println(file + ": " + e.getMessage());
			}
		}
		return malformed == 0 ? 0 : 1;
	}

	private static void print(Path file, StatusReport r, PrintStream out) {
		out.println(file);
		row(out, "serial", r.serialNumber());
		row(out, "time", r.timestamp().toString());
		r.model().ifPresent(m -> row(out, "model", m));
		r.batteryPercent().ifPresent(b -> row(out, "battery", b + " %"
				+ r.charging().map(c -> c ? " (charging)" : "").orElse("")));
		r.signalPercent().ifPresent(s -> row(out, "signal", s + " %"));
		if (r.paper() != StatusReport.PaperState.NOT_REPORTED) {
			row(out, "paper", r.paper().toString());
		}
		if (r.pairing() != StatusReport.PairingState.NOT_REPORTED) {
			row(out, "pairing", r.pairing().toString());
		}
		r.firmware().ifPresent(f -> row(out, "firmware", f));
		row(out, "tamper", r.tampered() ? "YES: the terminal must not take payments" : "no");
		for (ErrorCode e : r.errors()) {
			row(out, "error", e.toString());
		}
		if (!r.acknowledgedCommands().isEmpty()) {
			row(out, "acknowledged", r.acknowledgedCommands().stream().map(String::valueOf)
					.collect(Collectors.joining(", ")));
		}
		row(out, "worst", r.worstSeverity().map(Enum::toString).orElse("none"));
	}

	private static void row(PrintStream out, String label, String value) {
		out.printf("  %-13s %s%n", label, value);
	}
}
