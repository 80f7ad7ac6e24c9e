package dev.shipyard.releasebot.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    private static final String PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikeThePostHogUi() {
        String key = "phx_" + "a".repeat(44) + "abcd";
        assertEquals("phx_...abcd", SecretMasker.mask(key));
    }

    @Test
    void masksPlaceholderKeys() {
        assertEquals("phx_..._key", SecretMasker.mask(PERSONAL_KEY));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", SecretMasker.mask("phx_short"));
        assertEquals("<unset>", SecretMasker.mask(null));
    }

    @Test
    void fingerprintIsStableAndNotTheKey() {
        String fp = SecretMasker.sha256Fingerprint(PERSONAL_KEY);
        assertEquals(12, fp.length());
        assertEquals(fp, SecretMasker.sha256Fingerprint(PERSONAL_KEY));
        assertNotEquals(PERSONAL_KEY.substring(0, 12), fp);
    }
}
