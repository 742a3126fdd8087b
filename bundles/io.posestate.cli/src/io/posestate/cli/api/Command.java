package io.posestate.cli.api;

/** One subcommand of {@code posestate}. */
@org.osgi.annotation.versioning.ConsumerType
public interface Command {
	/** The word (or two words, e.g. {@code bench audit}) that selects it, e.g. {@code import}. */
	String name();

	/** One usage line, e.g. {@code import --data DIR [--store URL] [--out DIR]}. */
	String usage();

	/** What it does, in one sentence. */
	String summary();

	/**
	 * Runs it. Returns the exit code (0 = ran). Throws {@link UsageException} for a command line that cannot
	 * be run; any other exception is a failure (exit 1, reason on stderr).
	 */
	int run(java.util.List<String> words, CliContext context) throws Exception;
}
