package io.posestate.driver.support;

import java.util.List;
import java.util.Objects;

import io.posestate.driver.DiagnosisStep;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.ModelInfo;
import io.posestate.driver.TerminalDriver;

/**
 * The usual start of a driver: what the vendor and its models are (ids, names, message format, models, error-code
 * table, diagnosis steps) is given once to the constructor, and a subclass only reads the vendor's messages
 * ({@link #decode(byte[])}) and writes its commands ({@link #encode(io.posestate.driver.RemoteCommand)}, calling
 * {@link #checkSupported(io.posestate.driver.RemoteCommand)} first).
 * <p>
 * The diagnosis of a model the driver knows is all the steps, unless the subclass narrows it per model with
 * {@link #diagnosisFor(ModelInfo)}; an unknown model gets none.
 */
@org.osgi.annotation.versioning.ConsumerType
public abstract class AbstractTerminalDriver implements TerminalDriver {
	private final String vendorId;
	private final String vendorName;
	private final String messageFormat;
	private final List<ModelInfo> models;
	private final List<ErrorCode> errorCodes;
	private final List<DiagnosisStep> diagnosis;

	/**
	 * @param vendorId      as {@link #vendorId()}: lower case, as in terminals.csv's {@code vendor} column
	 * @param vendorName    the vendor's name as shown to people
	 * @param messageFormat the wire format of the status messages, in a few words
	 * @param diagnosis     the guided diagnosis for the vendor's models, in the order to try it
	 */
	protected AbstractTerminalDriver(String vendorId, String vendorName, String messageFormat, List<ModelInfo> models,
			List<ErrorCode> errorCodes, List<DiagnosisStep> diagnosis) {
		this.vendorId = Objects.requireNonNull(vendorId, "vendorId");
		this.vendorName = Objects.requireNonNull(vendorName, "vendorName");
		this.messageFormat = Objects.requireNonNull(messageFormat, "messageFormat");
		this.models = List.copyOf(models);
		this.errorCodes = List.copyOf(errorCodes);
		this.diagnosis = List.copyOf(diagnosis);
	}

	@Override
	public final String vendorId() {
		return vendorId;
	}

	@Override
	public final String vendorName() {
		return vendorName;
	}

	@Override
	public final String messageFormat() {
		return messageFormat;
	}

	@Override
	public final List<ModelInfo> models() {
		return models;
	}

	@Override
	public final List<ErrorCode> errorCodes() {
		return errorCodes;
	}

	@Override
	public final List<DiagnosisStep> diagnosis(String model) {
		return model(model).map(this::diagnosisFor).orElse(List.of());
	}

	/**
	 * The diagnosis for one of this driver's models: by default all the steps given to the constructor; override it
	 * to leave out steps a model has no use for (e.g. the printer step for a model without printer).
	 */
	protected List<DiagnosisStep> diagnosisFor(ModelInfo model) {
		return diagnosis;
	}
}
