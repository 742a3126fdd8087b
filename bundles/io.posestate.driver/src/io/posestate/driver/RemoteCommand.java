package io.posestate.driver;

import java.util.Objects;

import io.posestate.model.Capability;

/**
 * A command to send to one terminal. The id is chosen by the sender and comes back in the terminal's
 * acknowledgement ({@link StatusReport#acknowledgedCommands()}); until then the command is pending.
 *
 * @param id           positive, unique per sender; at most 2^32-1 (some formats carry 32 bits)
 * @param type         what to do
 * @param serialNumber the terminal
 * @param model        its model, for the capability check
 * @param argument     the text of a screen message, or the firmware version of a firmware update; null otherwise
 */
public record RemoteCommand(long id, Type type, String serialNumber, String model, String argument) {

	/** Largest id every format can carry. */
	public static final long MAX_ID = 0xFFFF_FFFFL;

	/** The commands a driver can build, with the capability each needs. */
	public enum Type {
		LOCK("lock", Capability.REMOTE_LOCK, false),
		UNLOCK("unlock", Capability.REMOTE_LOCK, false),
		WIPE("wipe", Capability.REMOTE_WIPE, false),
		REBOOT("reboot", null, false),
		SCREEN_MESSAGE("show a screen message", null, true),
		FIRMWARE_UPDATE("update firmware", Capability.FIRMWARE_UPDATE, true);

		private final String label;
		private final Capability requiredCapability;
		private final boolean needsArgument;

		Type(String label, Capability requiredCapability, boolean needsArgument) {
			this.label = label;
			this.requiredCapability = requiredCapability;
			this.needsArgument = needsArgument;
		}

		public String label() {
			return label;
		}

		/** The capability a model needs for it; null when every model can do it. */
		public Capability requiredCapability() {
			return requiredCapability;
		}

		public boolean needsArgument() {
			return needsArgument;
		}
	}

	public RemoteCommand {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(serialNumber, "serialNumber");
		Objects.requireNonNull(model, "model");
		if (id <= 0 || id > MAX_ID) {
			throw new IllegalArgumentException("command id must be 1.." + MAX_ID + ", not " + id);
		}
		if (type.needsArgument() && (argument == null || argument.isBlank())) {
			throw new IllegalArgumentException(type.label() + " needs an argument (message text or firmware version)");
		}
		if (!type.needsArgument() && argument != null) {
			throw new IllegalArgumentException(type.label() + " takes no argument");
		}
	}

	public static RemoteCommand of(long id, Type type, String serialNumber, String model) {
		return new RemoteCommand(id, type, serialNumber, model, null);
	}
}
