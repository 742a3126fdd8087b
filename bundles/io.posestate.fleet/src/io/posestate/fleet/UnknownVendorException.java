package io.posestate.fleet;

/** A message for a vendor no installed driver knows. */
public class UnknownVendorException extends Exception {
	private static final long serialVersionUID = 1L;

	public UnknownVendorException(String vendorId) {
		super("no driver installed for vendor \"" + vendorId + "\"");
	}
}
