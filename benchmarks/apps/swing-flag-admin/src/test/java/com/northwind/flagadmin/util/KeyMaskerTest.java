package com.northwind.flagadmin.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyMaskerTest {

    private static final String PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_..._key", KeyMasker.mask(PERSONAL_KEY));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", KeyMasker.mask("phx_dummy"));
    }

    @Test
    void digestDoesNotContainTheKey() {
        assertNotEquals(PERSONAL_KEY, KeyMasker.sha256Digest(PERSONAL_KEY));
    }
}
