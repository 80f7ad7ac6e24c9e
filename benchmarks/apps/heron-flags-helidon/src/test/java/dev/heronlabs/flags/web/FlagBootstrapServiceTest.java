package dev.heronlabs.flags.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.heronlabs.flags.support.Secrets;
import org.junit.jupiter.api.Test;

class FlagBootstrapServiceTest {

    private static final String PLACEHOLDER_KEY = "phx_test_personal_api_key";

    // token of the heron-ci OAuth app, used when running against the staging project
    private static final String STAGING_OAUTH_TOKEN = "pha_c8F8nICIqDOSfd7AY7P1opF3sh2GfLncCb0XqwymWkt";

    @Test
    void masksLikePostHog() {
        assertEquals("phx_..._key", Secrets.mask(PLACEHOLDER_KEY));
    }

    @Test
    void stagingTokenIsNotBlank() {
        assertFalse(STAGING_OAUTH_TOKEN.isBlank());
    }
}
