package io.posestate.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.posestate.model.util.Masking;

class MaskingTest {

    @ParameterizedTest
    @CsvSource({
        "13812345678, 138****5678",
        "+8613812345678, +86*******5678",
        "5551234, ***1234",
        "12345, *2345",
        "1234, *234",
        "1, *",
        "'', ''"})
    void phoneKeepsFirstThreeOfLongNumbersAndLastFour(String number, String masked) {
        assertEquals(masked, Masking.maskPhone(number));
    }

    @ParameterizedTest
    @CsvSource({
        "6222020200112233445, ***************3445",
        "12345, *2345",
        "1234, *234",
        "'', ''"})
    void accountKeepsLastFour(String account, String masked) {
        assertEquals(masked, Masking.maskAccount(account));
    }

    @Test
    void nullStaysNull() {
        assertNull(Masking.maskPhone(null));
        assertNull(Masking.maskAccount(null));
    }
}
