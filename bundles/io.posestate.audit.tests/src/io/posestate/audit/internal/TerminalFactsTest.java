package io.posestate.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Merchant numbers and regions written back as their digits, leading zeros included. */
class TerminalFactsTest {

    @Test
    void numbersKeepTheirWidth() {
        assertEquals("104440158120001", TerminalFacts.merchantNo(104_440_158_120_001L));
        assertEquals("000000000000042", TerminalFacts.merchantNo(42));
        assertEquals("000000000000000", TerminalFacts.merchantNo(0));
        assertEquals("099999999999999", TerminalFacts.merchantNo(99_999_999_999_999L));
        assertEquals("4401", TerminalFacts.regionCode(4401));
        assertEquals("0007", TerminalFacts.regionCode(7));
        assertEquals("0440", TerminalFacts.regionCode(440));
    }
}
