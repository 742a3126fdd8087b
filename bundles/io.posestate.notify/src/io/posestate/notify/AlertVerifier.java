package io.posestate.notify;

/**
 * Tells whether a reference code from an alert is one the acquirer really sent, and for which terminal and cause
 * (a DS service, for the workbench and the commands): the outbox of the store, checked with the configured key.
 */
@org.osgi.annotation.versioning.ProviderType
public interface AlertVerifier {
	/**
	 * @param store the estate store (a folder, a JDBC URL, or null for the default store)
	 * @throws IllegalStateException when no reference key is configured
	 */
	Verification verify(String store, String referenceCode);
}
