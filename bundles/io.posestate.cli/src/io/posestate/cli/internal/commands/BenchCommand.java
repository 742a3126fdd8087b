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
import io.posestate.registry.api.BenchmarkResult;
import io.posestate.registry.api.RegistryBenchmark;

/**
 * {@code bench import}: generates an estate, imports it into a fresh embedded H2 store and, given a PostgreSQL
 * URL, into PostgreSQL, and prints import rates and lookup / filtered-page latency percentiles.
 */
@Component(service = Command.class)
public final class BenchCommand implements Command {

	@Override
	public String name() {
		return "bench import";
	}

	@Override
	public String usage() {
		return "bench import [--terminals N] [--merchants N] [--pg JDBC_URL] [--no-h2] [--work DIR]";
	}

	@Override
	public String summary() {
		return "benchmark bulk import and queries on H2 (and PostgreSQL with --pg or POSESTATE_BENCH_PG_URL)";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of("terminals", "merchants", "pg", "work"), Set.of("no-h2"));
		if (!args.positional().isEmpty()) {
			throw new UsageException("unexpected " + args.positional());
		}
		int terminals = args.integer("terminals", 1_000_000, 1, 10_000_000);
		int merchants = args.integer("merchants", Math.max(1, (int) Math.round(terminals * 0.33)), 1, 10_000_000);
		String pg = args.get("pg", System.getenv("POSESTATE_BENCH_PG_URL"));
		Path work = args.get("work") != null ? Path.of(args.get("work")) : Files.createTempDirectory("posestate-bench");
		RegistryBenchmark bench = context.service(RegistryBenchmark.class);
		if (!args.flag("no-h2")) {
			report(context, bench.run(work.resolve("h2").toString(), merchants, terminals, work.resolve("data"), 10_000,
					200), merchants, terminals);
		}
		if (pg != null && !pg.isBlank()) {
			report(context, bench.run(pg, merchants, terminals, work.resolve("data"), 10_000, 200), merchants, terminals);
		} else {
			context.out().println("(PostgreSQL skipped: give --pg JDBC_URL or set POSESTATE_BENCH_PG_URL)");
		}
		return 0;
	}

	private static void report(CliContext context, BenchmarkResult r, int merchants, int terminals) {
		context.out().println(r.describe());
		long millis = Math.max(1, r.importMerchantsMillis() + r.importTerminalsMillis());
		context.out().printf(" import rate: %,d rows/s%n", (merchants + terminals) * 1000L / millis);
	}
}
