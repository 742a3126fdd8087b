package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.posestate.notify.sms.Reassembler;
import io.posestate.notify.sms.Segment;
import io.posestate.notify.sms.SmsCodec;

class SmsCodecTest {
	@Test
	void plainTextUsesDefaultAlphabetUpTo160() {
		List<Segment> one = SmsCodec.encode("A".repeat(160), 7);
		assertEquals(1, one.size());
		assertEquals(SmsCodec.DEFAULT_ALPHABET, one.get(0).dataCoding());
		assertFalse(one.get(0).udhi());

		List<Segment> two = SmsCodec.encode("B".repeat(161), 7);
		assertEquals(2, two.size());
		assertEquals(153, SmsCodec.decode(two.get(0)).length());
		assertEquals(8, SmsCodec.decode(two.get(1)).length());
		assertTrue(two.get(0).udhi());
	}

	@Test
	void chineseUsesUcs2With70Or67CharactersPerSegment() {
		List<Segment> one = SmsCodec.encode("终".repeat(70), 1);
		assertEquals(1, one.size());
		assertEquals(SmsCodec.UCS2, one.get(0).dataCoding());
		assertEquals(140, one.get(0).shortMessage().length);

		List<Segment> parts = SmsCodec.encode("端".repeat(140), 9);
		assertEquals(3, parts.size());
		for (Segment s : parts) {
			assertTrue(s.shortMessage().length <= 140, "at most 140 octets per segment");
			byte[] sm = s.shortMessage();
			assertEquals(5, sm[0]);
			assertEquals(0, sm[1]);
			assertEquals(9, sm[3]);
			assertEquals(3, sm[4]);
		}
	}

	@Test
	void aSurrogatePairIsNeverSplit() {
		String text = "a".repeat(66) + "😀" + "中".repeat(10); // the emoji straddles the 67-character boundary
		List<Segment> parts = SmsCodec.encode(text, 3);
		assertEquals(66, SmsCodec.decode(parts.get(0)).length());
		StringBuilder joined = new StringBuilder();
		parts.forEach(p -> joined.append(SmsCodec.decode(p)));
		assertEquals(text, joined.toString());
	}

	@Test
	void reassemblyJoinsOutOfOrderPartsAndIgnoresDuplicates() {
		String text = "请立即停止使用".repeat(20);
		List<Segment> parts = SmsCodec.encode(text, 200);
		Reassembler r = new Reassembler();
		Optional<String> done = Optional.empty();
		for (int i = parts.size() - 1; i >= 0; i--) {
			Segment received = Segment.parse(parts.get(i).dataCoding(), parts.get(i).shortMessage(), true);
			if (i == 1) {
				assertTrue(r.add("138", received).isEmpty());
			}
			done = r.add("138", received);
		}
		assertEquals(text, done.orElseThrow());
		assertEquals(1, r.duplicates());
		assertEquals(0, r.incomplete());
	}
}
