package io.posestate.driver;

import java.util.Objects;

/**
 * One entry of a vendor's error-code table.
 *
 * @param code     the code as the terminal reports it (e.g. {@code E201}, {@code 0x0102})
 * @param meaning  what it means, for people
 * @param severity how bad it is
 */
public record ErrorCode(String code, String meaning, Severity severity) {

	/** How bad an error is for the terminal's service. */
	public enum Severity {
		/** Informational: the terminal still takes payments. */
		INFO,
		/** Degraded: some function is impaired, payments still possible. */
		WARNING,
		/** The terminal cannot take payments safely (e.g. tamper, key loss). */
		CRITICAL
	}

	public ErrorCode {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(meaning, "meaning");
		Objects.requireNonNull(severity, "severity");
	}

	/** An entry for a code the vendor's table does not list: kept, marked as unknown, treated as a warning. */
	public static ErrorCode unknown(String code, String vendorId) {
		return new ErrorCode(code, "unknown error code (not in the " + vendorId + " table)", Severity.WARNING);
	}

	@Override
	public String toString() {
		return code + " " + severity + ": " + meaning;
	}
}
