package io.posestate.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.internal.Cli;

/** The headless commands inside OSGi, with the real registry service on an embedded H2 store. */
class CliTest {
	@TempDir
	Path tmp;

	record Run(int exit, String out, String err) {
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		int exit = Cli.withServices(context).run(new ArrayList<>(Arrays.asList(args)));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void helpListsEveryContributedCommand() {
		Run r = run("help");
		assertEquals(0, r.exit());
		for (String c : List.of("import --data", "export --out", "terminals", "demo", "bench import")) {
			assertTrue(r.out().contains(c), "help lists " + c + ":\n" + r.out());
		}
	}

	@Test
	void usageErrorsExitTwoWithUsage() {
		Run none = run();
		assertEquals(2, none.exit());
		assertTrue(none.err().contains("usage: posestate"), none.err());

		Run unknown = run("frobnicate");
		assertEquals(2, unknown.exit());
		assertTrue(unknown.err().contains("unknown command \"frobnicate\""), unknown.err());

		Run option = run("terminals", "--colour", "red");
		assertEquals(2, option.exit());
		assertTrue(option.err().contains("unknown option --colour"), option.err());
		assertTrue(option.err().contains("usage: posestate terminals"), option.err());

		Run missing = run("import", "--store", tmp.resolve("s").toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().contains("--data is required"), missing.err());
	}

	@Test
	void failuresExitOneWithTheReason() {
		Path nowhere = tmp.resolve("nowhere");
		Run r = run("import", "--data", nowhere.toString(), "--store", tmp.resolve("s").toString());
		assertEquals(1, r.exit());
		assertTrue(r.err().contains(nowhere + ": no such folder"), r.err());
	}

	@Test
	void aCommandThatBreaksWithAnErrorExitsOneWithTheReason() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliContext context = new CliContext(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		Command broken = new Command() {
			@Override
			public String name() {
				return "broken";
			}

			@Override
			public String usage() {
				return "broken";
			}

			@Override
			public String summary() {
				return "throws what a stale bundle throws";
			}

			@Override
			public int run(List<String> words, CliContext c) {
				throw new NoSuchMethodError("'void Missing.method()'");
			}
		};
		assertEquals(1, new Cli(context, List.of(broken)).run(List.of("broken")));
		String message = err.toString(StandardCharsets.UTF_8);
		assertTrue(message.contains("posestate broken: java.lang.NoSuchMethodError: 'void Missing.method()'"), message);
	}

	@Test
	void demoFillsTheStoreAndIsIdempotent() throws Exception {
		String store = tmp.resolve("store").toString();
		String files = tmp.resolve("demo").toString();
		Run first = run("--user", "alice", "demo", "--terminals", "300", "--seed", "7", "--out", files, "--store", store);
		assertEquals(0, first.exit(), first.err());
		assertTrue(first.out().contains("store now holds 300 terminals and 99 merchants"), first.out());
		for (String f : List.of("merchants.csv", "terminals.csv", "transactions.csv", "phone_status.csv",
				"licensed_acquirers.csv")) {
			assertTrue(Files.size(Path.of(files, f)) > 20, f);
		}
		byte[] terminals = Files.readAllBytes(Path.of(files, "terminals.csv"));

		Run again = run("demo", "--terminals", "300", "--seed", "7", "--out", files, "--store", store);
		assertEquals(0, again.exit(), again.err());
		assertTrue(again.out().contains(": 0 rows inserted, 0 updated"), again.out());
		assertTrue(Arrays.equals(terminals, Files.readAllBytes(Path.of(files, "terminals.csv"))),
				"the same seed writes the same files");

		Run list = run("terminals", "--state", "IN_STOCK", "--limit", "500", "--store", store);
		assertEquals(0, list.exit(), list.err());
		List<String> rows = list.out().lines().filter(l -> l.contains("-0")).toList();
		assertFalse(rows.isEmpty());
		assertTrue(rows.stream().allMatch(l -> l.contains("IN_STOCK")), list.out());
	}

	@Test
	void importWritesRejectsAndKeepsTheGoodRows() throws Exception {
		Path data = Files.createDirectories(tmp.resolve("data"));
		Files.writeString(data.resolve("merchants.csv"), String.join("\n",
				"merchant_no,name,mcc,region,acquirer_code,status,phone",
				"102310058120001,\"Golden Lotus, Ltd.\",5812,3100,ACQ102,ACTIVE,13800000001",
				"102310058120002,Bad Region,5812,4401,ACQ102,ACTIVE,13800000002",
				"102310058120003,上海福满餐厅,5812,3100,ACQ102,active,13800000003",
				"102310058120004,Jade Garden,5812,3100,ACQ102,ACTIVE,13800000004", ""), StandardCharsets.UTF_8);
		Path out = tmp.resolve("out");
		Run r = run("import", "--data", data.toString(), "--store", tmp.resolve("store").toString(), "--out",
				out.toString());
		assertEquals(0, r.exit(), r.err());
		assertTrue(r.out().contains("2 rejected row(s)"), r.out());
		List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"), StandardCharsets.UTF_8);
		assertEquals("file,line,reason,raw", rejects.get(0));
		assertEquals(3, rejects.size(), rejects.toString());
		assertTrue(rejects.get(1).startsWith("merchants.csv,3,"), rejects.get(1));
		assertTrue(rejects.get(2).startsWith("merchants.csv,4,"), rejects.get(2));

		Run m = run("terminals", "--store", tmp.resolve("store").toString());
		assertEquals(0, m.exit(), m.err());
	}

	@Test
	void exportThenImportIntoAnEmptyStoreRoundTrips() throws Exception {
		String store = tmp.resolve("store").toString();
		assertEquals(0, run("demo", "--terminals", "120", "--out", tmp.resolve("demo").toString(), "--store", store).exit());
		Path first = tmp.resolve("export1");
		assertEquals(0, run("export", "--out", first.toString(), "--store", store).exit());
		String second = tmp.resolve("store2").toString();
		Run imported = run("import", "--data", first.toString(), "--store", second, "--out", tmp.toString());
		assertEquals(0, imported.exit(), imported.err());
		Path again = tmp.resolve("export2");
		assertEquals(0, run("export", "--out", again.toString(), "--store", second).exit());
		for (String f : List.of("merchants.csv", "terminals.csv", "phone_status.csv", "licensed_acquirers.csv")) {
			assertEquals(Files.readString(first.resolve(f)), Files.readString(again.resolve(f)), f);
		}
	}
}
