package com.northwind.flags.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.northwind.flags.util.KeyMasker;
import org.junit.jupiter.api.Test;

class PostHogSettingsTest {

    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void fallsBackWhenPersonalKeyMissing() {
        PostHogSettings settings = new PostHogSettings();
        settings.personalApiKey = "";
        assertTrue(settings.getPersonalApiKey().startsWith("phx_"));
    }

    @Test
    void usesConfiguredPersonalKey() {
        PostHogSettings settings = new PostHogSettings();
        settings.personalApiKey = TEST_PERSONAL_KEY;
        assertEquals(TEST_PERSONAL_KEY, settings.getPersonalApiKey());
    }

    @Test
    void masksLikePostHog() {
        assertEquals("phx_...Lm9Q", KeyMasker.mask("phx_test_key_with_enough_length_Lm9Q"));
    }
}
