package io.posestate.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;
import io.posestate.exchange.RejectsWriter;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.FileImport;
import io.posestate.registry.api.ImportReport;

/** {@code import}: loads the registry CSV files of a folder into the store; bad rows go to rejects.csv. */
@Component(service = Command.class)
public final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "import --data DIR [--store URL] [--out DIR]";
	}

	@Override
	public String summary() {
		return "import merchants, terminals, phone status and licensed acquirers (rejects.csv to --out)";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of("data", Stores.OPTION, "out"), Set.of());
		Path data = args.path("data", null);
		if (data == null) {
			throw new UsageException("option --data is required");
		}
		if (!Files.isDirectory(data)) {
			throw new IllegalArgumentException(data + ": no such folder");
		}
		if (EstateRegistry.REGISTRY_FILES.stream().noneMatch(f -> Files.isRegularFile(data.resolve(f)))) {
			throw new IllegalArgumentException(data + ": holds none of " + EstateRegistry.REGISTRY_FILES);
		}
		Path out = args.path("out", ".");
		Files.createDirectories(out);
		try (EstateRegistry registry = Stores.open(context, args)) {
			ImportReport report = registry.importDirectory(data, context.actor());
			Path rejects = out.resolve("rejects.csv");
			try (RejectsWriter writer = RejectsWriter.open(rejects)) {
				for (var r : report.rejects()) {
					writer.write(r);
				}
			}
			context.out().printf("imported into %s as %s%n", registry.location(), context.actor());
			context.out().printf("%-24s %9s %9s %9s %9s %9s%n", "file", "read", "inserted", "updated", "unchanged",
					"rejected");
			for (FileImport f : report.files()) {
				context.out().printf("%-24s %9d %9d %9d %9d %9d%n", f.file(), f.read(), f.inserted(), f.updated(),
						f.unchanged(), f.rejected());
			}
			context.out().printf("%d rejected row(s) written to %s%n", report.rejects().size(), rejects);
		}
		return 0;
	}
}
