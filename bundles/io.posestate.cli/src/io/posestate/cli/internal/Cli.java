package io.posestate.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;

/**
 * Dispatches {@code posestate <command> [options]}: exit 0 when the command ran, 2 on a usage error (usage is
 * printed), 1 on a failure (the reason goes to stderr).
 */
public final class Cli {
	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private final CliContext context;
	private final Map<String, Command> commands = new LinkedHashMap<>();

	/** @param available the commands contributed as services, in any order */
	public Cli(CliContext context, List<Command> available) {
		this.context = context;
		available.stream().sorted(Comparator.comparing(Command::name)).forEach(c -> commands.putIfAbsent(c.name(), c));
	}

	/** A command line over every {@link Command} service registered by the installed bundles. */
	public static Cli withServices(CliContext context) {
		BundleContext bc = FrameworkUtil.getBundle(Cli.class).getBundleContext();
		List<Command> commands = new ArrayList<>();
		try {
			for (ServiceReference<Command> ref : bc.getServiceReferences(Command.class, null)) {
				Command c = bc.getService(ref);
				if (c != null) {
					commands.add(c);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // no filter is given
		}
		return new Cli(context, commands);
	}

	public int run(List<String> args) {
		List<String> words = new ArrayList<>(args);
		// --user NAME is global: who is acting, recorded in every event.
		int user = words.indexOf("--user");
		if (user >= 0) {
			if (user + 1 >= words.size()) {
				return usage("option --user needs a value");
			}
			context.setActor(words.get(user + 1));
			words.remove(user + 1);
			words.remove(user);
		}
		if (words.isEmpty()) {
			return usage("no command given");
		}
		String name = words.get(0);
		if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
			printHelp();
			return OK;
		}
		int used = 1;
		// A command's name may be two words, e.g. "bench import" and "bench audit" from different bundles.
		if (words.size() > 1 && commands.containsKey(name + " " + words.get(1))) {
			name = name + " " + words.get(1);
			used = 2;
		}
		Command command = commands.get(name);
		if (command == null) {
			return usage("unknown command \"" + name + "\"");
		}
		try {
			return command.run(words.subList(used, words.size()), context);
		} catch (UsageException e) {
			context.err().println("posestate " + name + ": " + e.getMessage());
			context.err().println("usage: posestate " + command.usage());
			return USAGE;
		} catch (Exception e) {
			return failed(name, reason(e), e);
		} catch (LinkageError | AssertionError | OutOfMemoryError e) {
			// a broken installation or a bug: still a failure with its reason, not a crash that exits 0
			return failed(name, e.toString(), e);
		}
	}

	private int failed(String name, String reason, Throwable e) {
		context.err().println("posestate " + name + ": " + reason);
		if (Boolean.getBoolean("posestate.debug")) {
			e.printStackTrace(context.err());
		}
		return FAILED;
	}

	/** The message a person needs: the exception's own text, or its type when it has none. */
	static String reason(Throwable e) {
		StringBuilder sb = new StringBuilder();
		for (Throwable t = e; t != null; t = t.getCause()) {
			String m = t.getMessage();
			if (m != null && !m.isBlank() && sb.indexOf(m) < 0) {
				if (sb.length() > 0) {
					sb.append(": ");
				}
				sb.append(m);
			}
		}
		return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
	}

	private int usage(String problem) {
		context.err().println("posestate: " + problem);
		printUsage(context.err());
		return USAGE;
	}

	private void printHelp() {
		context.out().println("POS Estate Workbench — an acquirer's workbench for estates of POS terminals.");
		context.out().println();
		printUsage(context.out());
	}

	private void printUsage(java.io.PrintStream to) {
		to.println("usage: posestate [--user NAME] <command> [options]");
		to.println();
		to.println("commands:");
		for (Command c : commands.values()) {
			to.println("  " + c.usage());
			to.println("      " + c.summary());
		}
		to.println("  help");
		to.println("      this text");
		to.println();
		to.println("--store takes a folder (embedded H2 database) or a JDBC URL (jdbc:h2:..., jdbc:postgresql://...);");
		to.println("the default is the embedded store in ~/.posestate.");
	}
}
