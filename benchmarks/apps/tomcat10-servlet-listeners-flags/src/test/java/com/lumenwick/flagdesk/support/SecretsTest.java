package com.lumenwick.flagdesk.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_...Wq7n", Secrets.mask("phx_test_personal_api_key_Wq7n"));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", Secrets.mask("phx_short"));
        assertEquals("<none>", Secrets.mask(null));
    }

    @Test
    void hashIsStableAndNotTheInput() {
        String hash = Secrets.sha256Hex("phx_test_personal_api_key");
        assertEquals(64, hash.length());
        assertNotEquals("phx_test_personal_api_key", hash);
    }
}
