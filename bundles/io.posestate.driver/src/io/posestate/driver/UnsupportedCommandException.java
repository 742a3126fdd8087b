package io.posestate.driver;

/** A remote command that cannot be built: unknown model, missing capability, or parameters the format cannot carry. */
public class UnsupportedCommandException extends Exception {
	private static final long serialVersionUID = 1L;

	public UnsupportedCommandException(String message) {
		super(message);
	}
}
