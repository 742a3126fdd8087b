package io.posestate.driver;

/**
 * A message that is not valid in the vendor's format. The message names where (byte offset, line and column, or
 * field) and what is wrong.
 */
public class MalformedMessageException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String vendorId;
	private final String location;
	private final String reason;

	/**
	 * @param vendorId the driver that rejected it
	 * @param location where in the message: e.g. "offset 12", "line 1, column 27", "field battery.level"
	 * @param reason   what is wrong there
	 */
	public MalformedMessageException(String vendorId, String location, String reason) {
		this(vendorId, location, reason, null);
	}

	public MalformedMessageException(String vendorId, String location, String reason, Throwable cause) {
		super(vendorId + " message malformed at " + location + ": " + reason, cause);
		this.vendorId = vendorId;
		this.location = location;
		this.reason = reason;
	}

	public String vendorId() {
		return vendorId;
	}

	/** Where in the message the problem is. */
	public String location() {
		return location;
	}

	/** What is wrong, without the location. */
	public String reason() {
		return reason;
	}
}
