package com.larkspur.flagdesk.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class KeyMaskerTest {

    private static final String SAMPLE_KEY = "phx_your_key_here_Wq7n";

    @Test
    void masksLikePostHogUi() {
        assertEquals("phx_...Wq7n", KeyMasker.mask(SAMPLE_KEY));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", KeyMasker.mask("phx_short"));
    }

    @Test
    void fingerprintIsStableAndNotTheKey() {
        String fingerprint = KeyMasker.sha256Hex("phx_test_personal_api_key");
        assertEquals(fingerprint, KeyMasker.sha256Hex("phx_test_personal_api_key"));
        assertNotEquals("phx_test_personal_api_key", fingerprint);
    }
}
