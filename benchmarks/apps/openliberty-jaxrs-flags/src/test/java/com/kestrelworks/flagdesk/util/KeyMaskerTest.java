package com.kestrelworks.flagdesk.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

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
    void fingerprintIsStableAndNotTheKey() {
        String fp = KeyMasker.sha256Hash(SAMPLE_KEY);
        assertEquals(fp, KeyMasker.sha256Hash(SAMPLE_KEY));
        assertNotEquals(SAMPLE_KEY, fp);
        assertEquals(12, fp.length());
    }
}
