package io.posestate.driver.btmpos.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.posestate.driver.ErrorCode;
import io.posestate.driver.StatusReport;
import io.posestate.driver.StatusReport.PairingState;
import io.posestate.driver.TerminalEmulator;

/** Writes PocketPin status frames (see {@link StatusFrameReader} for the tags). */
@Component(service = TerminalEmulator.class)
public final class PocketPinEmulator implements TerminalEmulator {

	@Override
	public String vendorId() {
		return PocketPinDriver.VENDOR;
	}

	@Override
	public byte[] statusMessage(StatusReport r) {
		Frame.Writer frame = new Frame.Writer(Frame.STATUS).ascii(0x01, r.serialNumber());
		r.model().ifPresent(model -> frame.item(0x02, new byte[] { (byte) modelCode(model) }));
		frame.uint32(0x03, r.timestamp().getEpochSecond());
		r.batteryPercent().ifPresent(
				level -> frame.item(0x04, new byte[] { (byte) level, (byte) (r.charging().orElse(false) ? 1 : 0) }));
		if (r.pairing() != PairingState.NOT_REPORTED) {
			frame.item(0x05, new byte[] { (byte) switch (r.pairing()) {
			case UNPAIRED -> 0;
			case PAIRING -> 1;
			default -> 2;
			} });
		}
		r.signalPercent().ifPresent(p -> frame.item(0x06, new byte[] { (byte) Math.round(-100 + p * 60 / 100.0) }));
		r.firmware().ifPresent(f -> frame.ascii(0x07, f));
		if (!r.errors().isEmpty()) {
			byte[] codes = new byte[r.errors().size() * 2];
			for (int i = 0; i < r.errors().size(); i++) {
				int code = errorCode(r.errors().get(i));
				codes[2 * i] = (byte) (code >>> 8);
				codes[2 * i + 1] = (byte) code;
			}
			frame.item(0x08, codes);
		}
		if (r.tampered()) {
			frame.item(0x09, new byte[] { 0x01 });
		}
		r.acknowledgedCommands().forEach(id -> frame.uint32(0x0A, id));
		return frame.toBytes();
	}

	private static int modelCode(String model) {
		return PocketPinDriver.MODEL_CODES.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(model))
				.map(Map.Entry::getKey).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("pocketpin has no model \"" + model + "\""));
	}

	private static int errorCode(ErrorCode e) {
		try {
			return Integer.decode(e.code()) & 0xFFFF;
		} catch (NumberFormatException notHex) {
			throw new IllegalArgumentException("pocketpin error codes are 16-bit hex like 0x0201, not " + e.code());
		}
	}
}
