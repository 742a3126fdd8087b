package io.posestate.driver.btmpos.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import io.posestate.driver.MalformedMessageException;
import io.posestate.driver.StatusReport;
import io.posestate.driver.StatusReport.PairingState;
import io.posestate.driver.TerminalDriver;

/**
 * Reads a PocketPin status frame (type 'S', see {@link Frame}). Tags:
 *
 * <pre>
 * 0x01 serial number, ASCII                     required
 * 0x02 model code, 1 byte (see PocketPinDriver.MODEL_CODES)
 * 0x03 time the frame was produced, uint32 Unix seconds   required
 * 0x04 battery: percent (1 byte, 0-100), flags (1 byte, bit 0 = charging)
 * 0x05 pairing state, 1 byte: 0 unpaired, 1 pairing, 2 paired
 * 0x06 Bluetooth link RSSI to the phone, 1 byte signed dBm
 * 0x07 firmware version, ASCII
 * 0x08 error codes, 2 bytes each, big-endian (shown as 0x0201)
 * 0x09 tamper flags, 1 byte; any bit set = tampered
 * 0x0A acknowledged command id, uint32 (may repeat)
 * </pre>
 *
 * Unknown tags are skipped: newer firmware adds some.
 */
final class StatusFrameReader {
	private final TerminalDriver driver;
	private final byte[] frame;

	private StatusFrameReader(TerminalDriver driver, byte[] frame) {
		this.driver = driver;
		this.frame = frame;
	}

	static StatusReport read(byte[] frame, TerminalDriver driver) throws MalformedMessageException {
		return new StatusFrameReader(driver, frame).read();
	}

	private StatusReport read() throws MalformedMessageException {
		if (frame.length < Frame.HEADER + Frame.CRC) {
			throw malformed(0, "a frame has at least " + (Frame.HEADER + Frame.CRC) + " bytes, this one " + frame.length);
		}
		if ((frame[0] & 0xFF) != Frame.STX) {
			throw malformed(0, "expected STX 0x02, found 0x" + hex(frame[0]));
		}
		if ((frame[1] & 0xFF) != Frame.STATUS) {
			throw malformed(1, "expected frame type 'S' (0x53, status), found 0x" + hex(frame[1]));
		}
		int length = ((frame[2] & 0xFF) << 8) | (frame[3] & 0xFF);
		int expected = Frame.HEADER + length + Frame.CRC;
		if (frame.length != expected) {
			throw malformed(2, "body length " + length + " means a frame of " + expected + " bytes, but it has "
					+ frame.length);
		}
		int crcAt = Frame.HEADER + length;
		int stated = ((frame[crcAt] & 0xFF) << 8) | (frame[crcAt + 1] & 0xFF);
		int actual = Frame.crc16(frame, 1, crcAt - 1);
		if (stated != actual) {
			throw malformed(crcAt, String.format("CRC mismatch: frame says 0x%04X, bytes give 0x%04X", stated, actual));
		}

		String serial = null;
		Long seconds = null;
		// First pass: the required items, so the builder can be created; the second pass fills the rest.
		for (Item item = first(crcAt); item != null; item = item.next(crcAt)) {
			if (item.tag == 0x01) {
				serial = ascii(item, "serial number");
			} else if (item.tag == 0x03) {
				seconds = uint32(item, "timestamp");
			}
		}
		if (serial == null || serial.isBlank()) {
			throw malformed(Frame.HEADER, "no serial number item (tag 0x01)");
		}
		if (seconds == null) {
			throw malformed(Frame.HEADER, "no timestamp item (tag 0x03)");
		}
		StatusReport.Builder report = StatusReport.builder(serial, Instant.ofEpochSecond(seconds));
		for (Item item = first(crcAt); item != null; item = item.next(crcAt)) {
			switch (item.tag) {
			case 0x02 -> {
				size(item, 1, "model code");
				String model = PocketPinDriver.MODEL_CODES.get(frame[item.value] & 0xFF);
				if (model == null) {
					throw malformed(item.value, "unknown model code 0x" + hex(frame[item.value]));
				}
				report.model(model);
			}
			case 0x04 -> {
				size(item, 2, "battery");
				int percent = frame[item.value] & 0xFF;
				if (percent > 100) {
					throw malformed(item.value, "battery level " + percent + " is over 100 %");
				}
				report.battery(percent, (frame[item.value + 1] & 0x01) != 0);
			}
			case 0x05 -> {
				size(item, 1, "pairing state");
				report.pairing(switch (frame[item.value]) {
				case 0 -> PairingState.UNPAIRED;
				case 1 -> PairingState.PAIRING;
				case 2 -> PairingState.PAIRED;
				default -> throw malformed(item.value, "pairing state must be 0, 1 or 2, found " + frame[item.value]);
				});
			}
			case 0x06 -> {
				size(item, 1, "link RSSI");
				report.signalDbm(frame[item.value], -100, -40);
			}
			case 0x07 -> report.firmware(ascii(item, "firmware version"));
			case 0x08 -> {
				if (item.length % 2 != 0) {
					throw malformed(item.start, "error codes take 2 bytes each, but the item has " + item.length);
				}
				for (int i = item.value; i < item.value + item.length; i += 2) {
					int code = ((frame[i] & 0xFF) << 8) | (frame[i + 1] & 0xFF);
					report.error(driver.errorCode(String.format("0x%04X", code)));
				}
			}
			case 0x09 -> {
				size(item, 1, "tamper flags");
				report.tampered(frame[item.value] != 0);
			}
			case 0x0A -> {
				long id = uint32(item, "acknowledged command id");
				if (id == 0) {
					throw malformed(item.value, "command id 0 is not valid");
				}
				report.acknowledged(id);
			}
			default -> {
				// 0x01 and 0x03 were read above; unknown tags are skipped
			}
			}
		}
		return report.build();
	}

	/** One TLV item: tag at {@code start}, value at {@code value}. */
	private record Item(int start, int tag, int length, int value, StatusFrameReader reader) {
		Item next(int end) throws MalformedMessageException {
			return reader.item(value + length, end);
		}
	}

	private Item first(int end) throws MalformedMessageException {
		return item(Frame.HEADER, end);
	}

	private Item item(int at, int end) throws MalformedMessageException {
		if (at == end) {
			return null;
		}
		if (at + 2 > end) {
			throw malformed(at, "TLV item header cut off by the end of the body");
		}
		int length = frame[at + 1] & 0xFF;
		if (at + 2 + length > end) {
			throw malformed(at, String.format("TLV item tag 0x%02X says %d bytes, only %d left in the body",
					frame[at] & 0xFF, length, end - at - 2));
		}
		return new Item(at, frame[at] & 0xFF, length, at + 2, this);
	}

	private void size(Item item, int expected, String what) throws MalformedMessageException {
		if (item.length != expected) {
			throw malformed(item.start, what + " (tag 0x" + hex((byte) item.tag) + ") must be " + expected
					+ " byte(s), found " + item.length);
		}
	}

	private long uint32(Item item, String what) throws MalformedMessageException {
		size(item, 4, what);
		long v = 0;
		for (int i = 0; i < 4; i++) {
			v = (v << 8) | (frame[item.value + i] & 0xFF);
		}
		return v;
	}

	private String ascii(Item item, String what) throws MalformedMessageException {
		for (int i = item.value; i < item.value + item.length; i++) {
			if (frame[i] < 0x20 || frame[i] > 0x7E) {
				throw malformed(i, what + " must be printable ASCII, found byte 0x" + hex(frame[i]));
			}
		}
		return new String(frame, item.value, item.length, StandardCharsets.US_ASCII);
	}

	private static String hex(byte b) {
		return HexFormat.of().withUpperCase().toHexDigits(b);
	}

	private MalformedMessageException malformed(int offset, String reason) {
		return new MalformedMessageException(driver.vendorId(), "offset " + offset, reason);
	}
}
