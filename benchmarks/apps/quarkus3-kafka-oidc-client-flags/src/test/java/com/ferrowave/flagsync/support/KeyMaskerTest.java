package com.ferrowave.flagsync.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyMaskerTest {

    private static final String SAMPLE_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikePostHogDoes() {
        assertEquals("phx_..._key", KeyMasker.mask(SAMPLE_KEY));
    }

    @Test
    void hidesShortValuesCompletely() {
        assertEquals("********", KeyMasker.mask("short"));
    }

    @Test
    void handlesMissingKey() {
        assertEquals("<none>", KeyMasker.mask(null));
    }

    @Test
    void fingerprintIsStableAndShort() {
        String first = KeyMasker.sha256Fingerprint(SAMPLE_KEY);
        assertEquals(first, KeyMasker.sha256Fingerprint(SAMPLE_KEY));
        assertEquals(12, first.length());
        assertNotEquals(first, KeyMasker.sha256Fingerprint("phc_YOUR_API_KEY_HERE"));
    }
}
