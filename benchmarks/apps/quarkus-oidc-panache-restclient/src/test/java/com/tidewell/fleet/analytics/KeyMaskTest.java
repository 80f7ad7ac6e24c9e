package com.tidewell.fleet.analytics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyMaskTest {

    private static final String FAKE_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_..._key", KeyMask.mask(FAKE_PERSONAL_KEY));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", KeyMask.mask("phx_short"));
    }

    @Test
    void fingerprintIsStableAndNotTheInput() {
        String fp = KeyMask.sha256Fingerprint(FAKE_PERSONAL_KEY);
        assertEquals(fp, KeyMask.sha256Fingerprint(FAKE_PERSONAL_KEY));
        assertNotEquals(FAKE_PERSONAL_KEY, fp);
        assertEquals(12, fp.length());
    }
}
