package com.brindlewood.tenantportal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.brindlewood.tenantportal.util.Secrets;

class PostHogSettingsTest {

    private static final String PROJECT_KEY = "phc_5dD5stpEmMsk2vGkKQyBwMqEA4eUUJjU466QGh3PaJxc";
    private static final String PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void detectsPersonalKey() {
        PostHogSettings settings = new PostHogSettings(PROJECT_KEY, PERSONAL_KEY, null,
                "https://eu.i.posthog.com", "1", false, 30);
        assertTrue(settings.hasPersonalKey());
        assertFalse(settings.hasSecureKey());
    }

    @Test
    void blankPersonalKeyCountsAsMissing() {
        PostHogSettings settings = new PostHogSettings(PROJECT_KEY, "  ", null,
                "https://eu.i.posthog.com", "1", false, 30);
        assertFalse(settings.hasPersonalKey());
    }

    @Test
    void maskKeepsFourAndFour() {
        assertEquals("phx_..._key", Secrets.mask(PERSONAL_KEY));
        assertEquals("********", Secrets.mask("short"));
    }
}
