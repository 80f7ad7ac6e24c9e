package com.northwind.flagadmin.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyMaskerTest {

    private static final String SAMPLE_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikePostHog() {
        assertEquals("phx_..._key", KeyMasker.mask(SAMPLE_KEY));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", KeyMasker.mask("phx_short"));
    }

    @Test
    void hashIsHex() {
        assertTrue(KeyMasker.sha256Hex(SAMPLE_KEY).matches("[0-9a-f]{64}"));
    }
}
