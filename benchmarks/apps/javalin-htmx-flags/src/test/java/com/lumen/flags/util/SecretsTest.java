package com.lumen.flags.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final String PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikePostHog() {
        assertEquals("phx_..._key", Secrets.mask(PERSONAL_KEY));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", Secrets.mask("phx_short"));
        assertEquals("<unset>", Secrets.mask(null));
    }

    @Test
    void hashIsStableAndNotTheInput() {
        assertEquals(Secrets.sha256Hex(PERSONAL_KEY), Secrets.sha256Hex(PERSONAL_KEY));
        assertNotEquals(PERSONAL_KEY, Secrets.sha256Hex(PERSONAL_KEY));
    }
}
