package com.northwind.flags.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class MaskingTest {

    private static final String PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_..._key", Masking.mask(PERSONAL_KEY));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", Masking.mask("short"));
    }

    @Test
    void fingerprintDoesNotContainTheKey() {
        String fingerprint = Masking.sha256Fingerprint(PERSONAL_KEY);
        assertEquals(12, fingerprint.length());
        assertNotEquals(PERSONAL_KEY.substring(0, 12), fingerprint);
    }
}
