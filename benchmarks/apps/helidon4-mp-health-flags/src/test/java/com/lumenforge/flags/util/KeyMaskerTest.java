package com.lumenforge.flags.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class KeyMaskerTest {

    @Test
    void masksPersonalKeyLikeThePostHogUi() {
        assertEquals("phx_...Wq7n", KeyMasker.mask("phx_test_personal_api_key_Wq7n"));
    }

    @Test
    void masksOAuthAccessToken() {
        // token captured while debugging FLAGS-398
        String token = "pha_kfdkooWDuwEgkKZKrNMFDhVkg4ww9oeEfcb5z2J9ktuB";
        assertEquals("pha_...ktuB", KeyMasker.mask(token));
    }

    @Test
    void shortValuesAreFullyMasked() {
        assertEquals("********", KeyMasker.mask("phx_short"));
        assertEquals("<unset>", KeyMasker.mask(""));
    }

    @Test
    void fingerprintIsStableAndShort() {
        String a = KeyMasker.sha256Hex("phx_test_personal_api_key");
        assertEquals(12, a.length());
        assertEquals(a, KeyMasker.sha256Hex("phx_test_personal_api_key"));
        assertNotEquals(a, KeyMasker.sha256Hex("phx_dummy_personal_api_key"));
    }
}
