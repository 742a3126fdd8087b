package io.posestate.driver.btmpos.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The PocketPin frame, shared by status messages (type 'S') and commands (type 'C'):
 *
 * <pre>
 * offset  size  content
 * 0       1     0x02 (STX)
 * 1       1     frame type
 * 2       2     body length N, big-endian
 * 4       N     TLV items: tag (1 byte), length L (1 byte), L bytes of value
 * 4+N     2     CRC-16/CCITT-FALSE of bytes 1 .. 3+N, big-endian
 * </pre>
 */
final class Frame {
	static final int STX = 0x02;
	static final int STATUS = 'S';
	static final int COMMAND = 'C';
	static final int HEADER = 4;
	static final int CRC = 2;

	private Frame() {
	}

	/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) of {@code length} bytes from {@code from}. */
	static int crc16(byte[] data, int from, int length) {
		int crc = 0xFFFF;
		for (int i = from; i < from + length; i++) {
			crc ^= (data[i] & 0xFF) << 8;
			for (int bit = 0; bit < 8; bit++) {
				crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
			}
		}
		return crc & 0xFFFF;
	}

	/** Builds frames item by item. */
	static final class Writer {
		private final int type;
		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		Writer(int type) {
			this.type = type;
		}

		Writer item(int tag, byte[] value) {
			if (value.length > 255) {
				throw new IllegalArgumentException("TLV value of tag " + tag + " is longer than 255 bytes");
			}
			body.write(tag);
			body.write(value.length);
			body.writeBytes(value);
			return this;
		}

		Writer ascii(int tag, String value) {
			return item(tag, value.getBytes(StandardCharsets.US_ASCII));
		}

		Writer uint32(int tag, long value) {
			return item(tag, new byte[] { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8),
					(byte) value });
		}

		byte[] toBytes() {
			byte[] items = body.toByteArray();
			byte[] frame = new byte[HEADER + items.length + CRC];
			frame[0] = STX;
			frame[1] = (byte) type;
			frame[2] = (byte) (items.length >>> 8);
			frame[3] = (byte) items.length;
			System.arraycopy(items, 0, frame, HEADER, items.length);
			int crc = crc16(frame, 1, HEADER - 1 + items.length);
			frame[frame.length - 2] = (byte) (crc >>> 8);
			frame[frame.length - 1] = (byte) crc;
			return frame;
		}
	}
}
