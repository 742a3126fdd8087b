package io.posestate.notify;

/** A channel could not take a message. Retryable failures (throttling, a full queue, a lost link) are tried again. */
public class ChannelException extends Exception {
	private static final long serialVersionUID = 1L;
	private final boolean retryable;
	private final int status;

	/**
	 * @param status the channel's error code (SMPP command_status), or -1
	 */
	public ChannelException(String message, int status, boolean retryable, Throwable cause) {
		super(message, cause);
		this.status = status;
		this.retryable = retryable;
	}

	public boolean retryable() {
		return retryable;
	}

	public int status() {
		return status;
	}
}
