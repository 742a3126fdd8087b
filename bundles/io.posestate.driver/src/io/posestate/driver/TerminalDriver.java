package io.posestate.driver;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.posestate.model.Capability;

/**
 * A vendor's terminal driver, implemented by a plug-in and registered as an OSGi service. It knows the vendor's
 * models and what they can do, reads the terminals' status messages in the vendor's wire format, supplies the
 * guided diagnosis for service tickets and builds remote commands in the vendor's format.
 * <p>
 * Implementations must be thread-safe and keep no per-terminal state.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface TerminalDriver {

	/** Stable vendor id, lower case, as written in terminals.csv's {@code vendor} column (e.g. {@code acme-smart}). */
	String vendorId();

	/** The vendor's name as shown to people. */
	String vendorName();

	/** The wire format of the status messages, in a few words (e.g. "JSON status documents"). */
	String messageFormat();

	/** The models this driver supports. */
	List<ModelInfo> models();

	/** The vendor's error-code table. */
	List<ErrorCode> errorCodes();

	/**
	 * Reads one status or diagnostic message as the terminal sent it.
	 *
	 * @throws MalformedMessageException when the bytes are not a valid message; its reason names the offset or
	 *                                   field and what is wrong
	 */
	StatusReport decode(byte[] message) throws MalformedMessageException;

	/** The guided diagnosis for a model that stopped working, in the order to try it; empty for an unknown model. */
	List<DiagnosisStep> diagnosis(String model);

	/**
	 * Encodes a remote command in the vendor's format, ready to send to the terminal.
	 *
	 * @throws UnsupportedCommandException when the model is unknown or lacks the capability the command needs
	 */
	byte[] encode(RemoteCommand command) throws UnsupportedCommandException;

	/** The model of that name (case-insensitive), if this driver supports it. */
	default Optional<ModelInfo> model(String name) {
		return models().stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
	}

	/** What a model can do; empty for a model this driver does not know. */
	default Set<Capability> capabilities(String model) {
		return model(model).map(ModelInfo::capabilities).orElse(Set.of());
	}

	/** The table entry for an error code, or an entry that says the code is not in the vendor's table. */
	default ErrorCode errorCode(String code) {
		return errorCodes().stream().filter(e -> e.code().equalsIgnoreCase(code)).findFirst()
				.orElseGet(() -> ErrorCode.unknown(code, vendorId()));
	}

	/**
	 * Checks that a command can be sent to its model: the model is known and has the capability the command
	 * needs. Drivers call it first in {@link #encode(RemoteCommand)}.
	 *
	 * @return the model
	 */
	default ModelInfo checkSupported(RemoteCommand command) throws UnsupportedCommandException {
		ModelInfo model = model(command.model()).orElseThrow(() -> new UnsupportedCommandException(
				vendorId() + " has no model \"" + command.model() + "\"; known: " + ModelInfo.names(models())));
		Capability needed = command.type().requiredCapability();
		if (needed != null && !model.capabilities().contains(needed)) {
			throw new UnsupportedCommandException(vendorId() + " " + model.name() + " cannot "
					+ command.type().label() + ": it lacks " + needed.getLiteral());
		}
		return model;
	}
}
