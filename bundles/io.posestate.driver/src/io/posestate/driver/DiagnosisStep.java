package io.posestate.driver;

import java.util.List;
import java.util.Objects;

/**
 * One step of a guided diagnosis (scenario S4: a terminal stops working). The person on the phone with the merchant
 * asks the check; if it fails, the remedy says what to do; when the remedy does not help the diagnosis goes on.
 *
 * @param area       what part of the terminal the step looks at
 * @param check      what to check or ask, e.g. "Does the screen light up when the power key is held for 3 s?"
 * @param remedy     what to do when the check fails
 * @param errorCodes error codes that point to this step (from the vendor's table), possibly empty
 */
public record DiagnosisStep(Area area, String check, String remedy, List<String> errorCodes) {

	/** The areas of a diagnosis, in the order scenario S4 walks through them. */
	public enum Area {
		POWER, SCREEN, LINK, NETWORK, PRINTER, CARD_READER, RESTART
	}

	public DiagnosisStep {
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(check, "check");
		Objects.requireNonNull(remedy, "remedy");
		errorCodes = List.copyOf(errorCodes);
	}

	public static DiagnosisStep of(Area area, String check, String remedy, String... errorCodes) {
		return new DiagnosisStep(area, check, remedy, List.of(errorCodes));
	}
}
