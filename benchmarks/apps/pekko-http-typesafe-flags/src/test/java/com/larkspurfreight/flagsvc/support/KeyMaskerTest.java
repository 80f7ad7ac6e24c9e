package com.larkspurfreight.flagsvc.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyMaskerTest {

    private static final String SAMPLE_KEY = "phx_test_personal_api_key_for_maskerWq7n";

    @Test
    void keepsPrefixAndLastFour() {
        assertEquals("phx_...Wq7n", KeyMasker.mask(SAMPLE_KEY));
    }

    @Test
    void hidesShortValuesCompletely() {
        assertEquals("********", KeyMasker.mask("phx_short"));
    }

    @Test
    void fingerprintIsStableAndShort() {
        String first = KeyMasker.sha256Hash(SAMPLE_KEY);
        assertEquals(first, KeyMasker.sha256Hash(SAMPLE_KEY));
        assertEquals(12, first.length());
        assertNotEquals(SAMPLE_KEY, first);
    }
}
