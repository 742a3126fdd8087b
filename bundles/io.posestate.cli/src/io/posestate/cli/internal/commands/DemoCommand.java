package io.posestate.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.demo.DemoEstate;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.EstateSummary;
import io.posestate.registry.api.FileImport;
import io.posestate.registry.api.ImportReport;

/**
 * {@code demo}: writes a deterministic demo estate (with transactions carrying planted anomalies for the audit)
 * as CSV files and imports the registry files into the store.
 */
@Component(service = Command.class)
public final class DemoCommand implements Command {

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String usage() {
		return "demo [--terminals N] [--seed S] [--out DIR] [--store URL] [--files-only]";
	}

	@Override
	public String summary() {
		return "generate a demo estate (CSV files in --out, default ~/.posestate/demo) and import it into the store";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of("terminals", "seed", "out", Stores.OPTION), Set.of("files-only"));
		int terminals = args.integer("terminals", 500, 1, 5_000_000);
		long seed = args.longValue("seed", 42);
		Path out = args.path("out", Path.of(System.getProperty("user.home"), ".posestate", "demo").toString());
		DemoEstate.Summary demo = DemoEstate.generate(DemoEstate.Options.demo(terminals, seed), out);
		var o = context.out();
		o.printf("demo estate (seed %d) written to %s:%n", seed, out.toAbsolutePath());
		o.printf("  %,d merchants, %,d terminals, %,d transactions, %,d phone status rows%n", demo.merchants(),
				demo.terminals(), demo.transactions(), demo.phoneStatusRows());
		o.printf("  terminals by state: %s%n", demo.terminalsByState());
		o.printf("  planted for the audit: %s%n", demo.planted());
		if (args.flag("files-only")) {
			return 0;
		}
		try (EstateRegistry registry = Stores.open(context, args)) {
			ImportReport report = registry.importDirectory(out, context.actor());
			EstateSummary s = registry.summary();
			o.printf("imported into %s: %,d rows inserted, %,d updated, %,d unchanged, %,d rejected%n",
					registry.location(), sum(report, FileImport::inserted), sum(report, FileImport::updated), sum(report, FileImport::unchanged),
					report.rejects().size());
			o.printf("store now holds %,d terminals and %,d merchants (%,d with a cancelled phone)%n", s.terminals(),
					s.merchants(), s.flaggedMerchants());
			print(o, "by state", s.terminalsByState());
			print(o, "by vendor", s.terminalsByVendor());
			print(o, "by model", s.terminalsByModel());
		}
		o.printf("next: ./posestate terminals --state ACTIVE --limit 10%n");
		o.printf("      ./posestate audit --data %s --as-of %s --out audit-report%n", out, demo.asOf());
		return 0;
	}

	private static long sum(ImportReport report, ToLongFunction<FileImport> count) {
		return report.files().stream().mapToLong(count).sum();
	}

	private static void print(java.io.PrintStream o, String title, Map<String, Long> counts) {
		StringBuilder sb = new StringBuilder();
		counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k.isEmpty() ? "(none)" : k)
				.append(' ').append(v));
		o.printf("  %-10s %s%n", title + ":", sb);
	}
}
