package io.posestate.driver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one status or diagnostic message says about a terminal, in vendor-neutral terms. Values a model or message
 * does not report are absent (empty optionals, {@link PaperState#NOT_REPORTED}, {@link PairingState#NOT_REPORTED}).
 * Build one with {@link #builder(String, Instant)}.
 */
public final class StatusReport {

	/** The paper roll of a terminal's printer. */
	public enum PaperState {
		OK, LOW, OUT, NOT_REPORTED
	}

	/** The Bluetooth pairing of a terminal to a phone or host. */
	public enum PairingState {
		PAIRED, PAIRING, UNPAIRED, NOT_REPORTED
	}

	private final String serialNumber;
	private final Instant timestamp;
	private final String model;
	private final Integer batteryPercent;
	private final Boolean charging;
	private final Integer signalPercent;
	private final PaperState paper;
	private final boolean tampered;
	private final PairingState pairing;
	private final String firmware;
	private final List<ErrorCode> errors;
	private final List<Long> acknowledgedCommands;

	private StatusReport(Builder b) {
		serialNumber = b.serialNumber;
		timestamp = b.timestamp;
		model = b.model;
		batteryPercent = b.batteryPercent;
		charging = b.charging;
		signalPercent = b.signalPercent;
		paper = b.paper;
		tampered = b.tampered;
		pairing = b.pairing;
		firmware = b.firmware;
		errors = List.copyOf(b.errors);
		acknowledgedCommands = List.copyOf(b.acknowledgedCommands);
	}

	/** @param serialNumber the terminal's serial number; @param timestamp when the terminal produced the message */
	public static Builder builder(String serialNumber, Instant timestamp) {
		return new Builder(serialNumber, timestamp);
	}

	public String serialNumber() {
		return serialNumber;
	}

	public Instant timestamp() {
		return timestamp;
	}

	/** The model the message names, when the format carries it. */
	public Optional<String> model() {
		return Optional.ofNullable(model);
	}

	/** Battery charge 0-100; absent for mains-powered terminals. */
	public OptionalInt batteryPercent() {
		return batteryPercent == null ? OptionalInt.empty() : OptionalInt.of(batteryPercent);
	}

	public Optional<Boolean> charging() {
		return Optional.ofNullable(charging);
	}

	/** Link quality 0-100 (cellular, Wi-Fi or Bluetooth, as the model reports it); absent for wired links. */
	public OptionalInt signalPercent() {
		return signalPercent == null ? OptionalInt.empty() : OptionalInt.of(signalPercent);
	}

	public PaperState paper() {
		return paper;
	}

	/** True when the terminal reports tampering: it must not take payments. */
	public boolean tampered() {
		return tampered;
	}

	public PairingState pairing() {
		return pairing;
	}

	public Optional<String> firmware() {
		return Optional.ofNullable(firmware);
	}

	/** The errors reported, with their meanings from the vendor's table. */
	public List<ErrorCode> errors() {
		return errors;
	}

	/** The ids of remote commands the terminal acknowledges having carried out. */
	public List<Long> acknowledgedCommands() {
		return acknowledgedCommands;
	}

	/** The worst severity among the errors, CRITICAL when tampered; empty when all is well. */
	public Optional<ErrorCode.Severity> worstSeverity() {
		if (tampered) {
			return Optional.of(ErrorCode.Severity.CRITICAL);
		}
		return errors.stream().map(ErrorCode::severity).max(Enum::compareTo);
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder(serialNumber).append(" at ").append(timestamp);
		if (model != null) {
			sb.append(" model=").append(model);
		}
		if (batteryPercent != null) {
			sb.append(" battery=").append(batteryPercent).append('%');
			if (Boolean.TRUE.equals(charging)) {
				sb.append(" (charging)");
			}
		}
		if (signalPercent != null) {
			sb.append(" signal=").append(signalPercent).append('%');
		}
		if (paper != PaperState.NOT_REPORTED) {
			sb.append(" paper=").append(paper);
		}
		if (pairing != PairingState.NOT_REPORTED) {
			sb.append(" pairing=").append(pairing);
		}
		if (firmware != null) {
			sb.append(" firmware=").append(firmware);
		}
		if (tampered) {
			sb.append(" TAMPERED");
		}
		if (!errors.isEmpty()) {
			sb.append(" errors=").append(errors);
		}
		if (!acknowledgedCommands.isEmpty()) {
			sb.append(" acknowledged=").append(acknowledgedCommands);
		}
		return sb.toString();
	}

	/** Collects the values of one message; only serial number and timestamp are required. */
	public static final class Builder {
		private final String serialNumber;
		private final Instant timestamp;
		private String model;
		private Integer batteryPercent;
		private Boolean charging;
		private Integer signalPercent;
		private PaperState paper = PaperState.NOT_REPORTED;
		private boolean tampered;
		private PairingState pairing = PairingState.NOT_REPORTED;
		private String firmware;
		private final List<ErrorCode> errors = new ArrayList<>();
		private final List<Long> acknowledgedCommands = new ArrayList<>();

		private Builder(String serialNumber, Instant timestamp) {
			if (serialNumber == null || serialNumber.isBlank()) {
				throw new IllegalArgumentException("a status report needs a serial number");
			}
			this.serialNumber = serialNumber;
			this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
		}

		public Builder model(String model) {
			this.model = model;
			return this;
		}

		public Builder battery(int percent, Boolean charging) {
			this.batteryPercent = percent(percent, "battery");
			this.charging = charging;
			return this;
		}

		public Builder signal(int percent) {
			this.signalPercent = percent(percent, "signal");
			return this;
		}

		/**
		 * Link quality from a received signal strength: {@code weakest} dBm and below is 0 %, {@code strongest} dBm
		 * and above is 100 %, linear between.
		 */
		public Builder signalDbm(int dbm, int weakest, int strongest) {
			double share = (double) (dbm - weakest) / (strongest - weakest);
			this.signalPercent = (int) Math.round(100 * Math.max(0, Math.min(1, share)));
			return this;
		}

		public Builder paper(PaperState paper) {
			this.paper = Objects.requireNonNull(paper);
			return this;
		}

		public Builder tampered(boolean tampered) {
			this.tampered = tampered;
			return this;
		}

		public Builder pairing(PairingState pairing) {
			this.pairing = Objects.requireNonNull(pairing);
			return this;
		}

		public Builder firmware(String firmware) {
			this.firmware = firmware;
			return this;
		}

		public Builder error(ErrorCode error) {
			errors.add(Objects.requireNonNull(error));
			return this;
		}

		public Builder acknowledged(long commandId) {
			acknowledgedCommands.add(commandId);
			return this;
		}

		public StatusReport build() {
			return new StatusReport(this);
		}

		private static int percent(int value, String what) {
			if (value < 0 || value > 100) {
				throw new IllegalArgumentException(what + " must be 0-100 %, not " + value);
			}
			return value;
		}
	}
}
