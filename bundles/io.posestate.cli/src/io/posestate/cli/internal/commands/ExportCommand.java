package io.posestate.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.ExportReport;

/** {@code export}: writes the registry as the interchange CSV files. */
@Component(service = Command.class)
public final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "export --out DIR [--store URL]";
	}

	@Override
	public String summary() {
		return "export the registry as merchants.csv, terminals.csv, phone_status.csv, licensed_acquirers.csv";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of("out", Stores.OPTION), Set.of());
		Path out = Path.of(args.required("out"));
		try (EstateRegistry registry = Stores.open(context, args)) {
			ExportReport report = registry.exportTo(out);
			report.rows().forEach((file, rows) -> context.out().printf("%-24s %9d rows%n", file, rows));
			context.out().printf("exported %s to %s%n", registry.location(), report.directory());
		}
		return 0;
	}
}
