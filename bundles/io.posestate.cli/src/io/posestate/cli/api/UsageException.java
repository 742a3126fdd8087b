package io.posestate.cli.api;

/** A command line that cannot be run as given: the launcher prints usage and exits with 2. */
public final class UsageException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
