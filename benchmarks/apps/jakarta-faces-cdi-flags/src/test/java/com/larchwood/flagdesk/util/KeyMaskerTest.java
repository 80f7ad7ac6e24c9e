package com.larchwood.flagdesk.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyMaskerTest {

    private static final String SAMPLE_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_..._key", KeyMasker.mask(SAMPLE_KEY));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", KeyMasker.mask("phx_short"));
    }

    @Test
    void fingerprintDoesNotContainTheKey() {
        String fingerprint = KeyMasker.sha256Hex(SAMPLE_KEY);
        assertEquals(16, fingerprint.length());
        assertNotEquals(SAMPLE_KEY, fingerprint);
    }
}
