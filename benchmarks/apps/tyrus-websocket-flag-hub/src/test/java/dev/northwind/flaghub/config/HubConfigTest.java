package dev.northwind.flaghub.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.northwind.flaghub.util.KeyMasker;
import org.junit.jupiter.api.Test;

class HubConfigTest {

    private static final String FIXTURE_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void masksKeysLikeThePostHogUi() {
        assertEquals("phx_..._key", KeyMasker.mask(FIXTURE_PERSONAL_KEY));
        assertEquals("********", KeyMasker.mask("phx_short"));
    }

    @Test
    void fingerprintDoesNotContainTheKey() {
        String fp = KeyMasker.sha256Fingerprint(FIXTURE_PERSONAL_KEY);
        assertEquals(16, fp.length());
        assertFalse(fp.contains("phx_"));
    }

    @Test
    void propertiesFileIsOnTheClasspath() {
        assertFalse(HubConfig.loadProperties().isEmpty());
    }
}
