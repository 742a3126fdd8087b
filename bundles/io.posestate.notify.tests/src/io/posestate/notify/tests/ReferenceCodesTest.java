package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.posestate.notify.AlertCause;
import io.posestate.notify.ReferenceCodes;

class ReferenceCodesTest {
	private final ReferenceCodes codes = new ReferenceCodes("acquirer-key-0123456789".getBytes(StandardCharsets.UTF_8));

	@Test
	void issuedCodesAreAuthenticForTheirTerminalAndCauseOnly() {
		String code = codes.issue("PAX-1", AlertCause.TAMPERED);
		assertTrue(code.matches("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}"), code);
		assertTrue(codes.authentic(code, "PAX-1", AlertCause.TAMPERED));
		assertTrue(codes.authentic(code.toLowerCase().replace("-", " "), "PAX-1", AlertCause.TAMPERED));
		assertFalse(codes.authentic(code, "PAX-2", AlertCause.TAMPERED));
		assertFalse(codes.authentic(code, "PAX-1", AlertCause.RELOCATED));
		ReferenceCodes otherKey = new ReferenceCodes("someone-elses-key-0000".getBytes(StandardCharsets.UTF_8));
		assertFalse(otherKey.authentic(code, "PAX-1", AlertCause.TAMPERED));
	}

	@Test
	void everySingleCharacterTypoFailsTheCheck() {
		String raw = codes.issue("PAX-1", AlertCause.SUSPECTED_FRAUD).replace("-", "");
		String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
		for (int i = 0; i < raw.length(); i++) {
			for (char c : alphabet.toCharArray()) {
				if (c != raw.charAt(i)) {
					String typo = raw.substring(0, i) + c + raw.substring(i + 1);
					assertFalse(ReferenceCodes.wellFormed(typo), typo);
				}
			}
		}
		assertTrue(ReferenceCodes.wellFormed(raw));
		assertFalse(ReferenceCodes.wellFormed("not-a-code"));
		assertFalse(ReferenceCodes.wellFormed(null));
	}

	@Test
	void codesDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			assertTrue(seen.add(codes.issue("PAX-1", AlertCause.TAMPERED)));
		}
		assertNotEquals(codes.issue("A", AlertCause.TAMPERED), codes.issue("A", AlertCause.TAMPERED));
		assertEquals(2000, seen.size());
	}
}
