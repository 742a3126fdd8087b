package io.posestate.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.UsageException;
import io.posestate.demo.DemoEstate;
import io.posestate.lifecycle.Role;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryFactory;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.preferences.StorePreferences;

/**
 * {@code ./posestate workbench [--demo [--terminals N]] [--store URL] [--bench]}: opens the estate, then runs the
 * workbench ({@code --bench}: measures the Terminals table, prints the figures and closes). Without a display it stops with a clear message before any SWT class is touched (the SWT side
 * lives in {@link WorkbenchLauncher}).
 */
public final class WorkbenchApplication implements IApplication {
	static final String USAGE = "workbench [--demo [--terminals N]] [--store URL] [--bench]";
	static final long DEMO_SEED = 42;
	/** Demo estates up to this size come with transactions to audit. */
	static final int DEMO_TRANSACTIONS_UP_TO = 100_000;
	private static volatile Path demoFiles;

	/** The demo estate's interchange files (transactions.csv to audit), or null when no demo estate is open. */
	public static Path demoFiles() {
		return demoFiles;
	}

	/**
	 * The person running a demo becomes its supervisor (the first role of a store) and finds the re-binding cases
	 * of the planted cancelled phones on the Cases board.
	 */
	private static void setUpDemoCases() {
		String actor = EstateSession.actor();
		EstateSession.lifecycle().grantRole(actor, actor, Role.SUPERVISOR);
		EstateSession.lifecycle().openRebindingCases(actor);
	}

	@Override
	public Object start(IApplicationContext context) {
		String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return run(raw == null ? List.of() : Arrays.asList(raw));
	}

	/**
	 * Opens the estate the words name and runs the workbench on the calling thread until it closes.
	 *
	 * @return the exit code: 0, {@link IApplication#EXIT_RESTART}, 1 (no display, estate cannot be opened) or 2
	 *         (usage)
	 */
	public static int run(List<String> words) {
		Args args;
		try {
			args = Args.parse(words, Set.of("store", "terminals"), Set.of("demo", "bench"));
		} catch (UsageException e) {
			System.err.println("posestate workbench: " + e.getMessage());
			System.err.println("usage: posestate " + USAGE);
			return 2;
		}
		String display = displayProblem();
		if (display != null) {
			System.err.println("posestate workbench: " + display);
			return 1;
		}
		CliContext services = new CliContext(System.out, System.err);
		Path demo = null;
		try {
			EstateRegistry registry;
			String location;
			if (args.flag("demo")) {
				int terminals = args.integer("terminals", 20_000, 1, 5_000_000);
				Path dir = Files.createTempDirectory("posestate-demo");
				demo = dir;
				// also when the process is stopped by a signal, which skips the finally below
				Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "remove demo estate"));
				location = dir.resolve("store").toString();
				registry = openDemo(services, terminals, dir, location);
			} else {
				location = args.get("store", StorePreferences.store());
				registry = services.service(RegistryFactory.class).open(location);
			}
			EstateSession.open(registry, location);
			if (demo != null) {
				setUpDemoCases();
			}
			return WorkbenchLauncher.run(args.flag("bench"));
		} catch (UsageException e) {
			System.err.println("posestate workbench: " + e.getMessage());
			return 2;
		} catch (RuntimeException | IOException e) {
			System.err.println("posestate workbench: " + e.getMessage());
			return 1;
		} finally {
			EstateSession.close();
			demoFiles = null;
			if (demo != null) {
				deleteTree(demo);
			}
		}
	}

	/** Removes the demo estate's temporary folder; what cannot be removed is left and named. */
	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			System.err.println("posestate workbench: could not remove the demo estate in " + dir + ": " + e.getMessage());
		}
	}

	/** Why no window can be shown, or null when a display is there. */
	static String displayProblem() {
		String x11 = System.getenv("DISPLAY");
		String wayland = System.getenv("WAYLAND_DISPLAY");
		if ((x11 == null || x11.isBlank()) && (wayland == null || wayland.isBlank())) {
			return "no display: DISPLAY is not set. Run it in a desktop session, or under a virtual display"
					+ " (xvfb-run -a ./posestate workbench); the other commands need no display.";
		}
		return null;
	}

	/**
	 * A fresh demo estate (the {@code demo} command's generator) in a temporary H2 store. Its transactions.csv
	 * (a dozen transactions an active terminal, with the planted anomalies) stays in {@link #demoFiles()} for audits;
	 * estates above {@link #DEMO_TRANSACTIONS_UP_TO} terminals get an empty one.
	 */
	private static EstateRegistry openDemo(CliContext services, int terminals, Path dir, String location)
			throws IOException {
		System.out.println("posestate workbench: generating a demo estate of " + terminals + " terminals in " + dir);
		int perTerminal = terminals <= DEMO_TRANSACTIONS_UP_TO ? DemoEstate.Options.demo(terminals, DEMO_SEED)
				.transactionsPerTerminal() : 0;
		DemoEstate.generate(new DemoEstate.Options(terminals, DEMO_SEED, perTerminal, DemoEstate.Options.DEFAULT_AS_OF),
				dir.resolve("files"));
		demoFiles = dir.resolve("files");
		EstateRegistry registry = services.service(RegistryFactory.class).open(location);
		try {
			registry.importDirectory(dir.resolve("files"), services.actor());
			return registry;
		} catch (IOException | RuntimeException e) {
			registry.close();
			throw e;
		}
	}

	@Override
	public void stop() {
		WorkbenchLauncher.close();
	}
}
