package io.parcelpoint.e2e.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class TestConfigLoaderTest {

    private static final String FAKE_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void environmentWinsOverProperties() {
        Properties props = new Properties();
        props.setProperty("posthog.personal.api.key", "${POSTHOG_PERSONAL_API_KEY}");
        props.setProperty("app.base-url", "http://localhost:3000");

        TestConfig config = TestConfigLoader.fromSources("local", props,
                Map.of("POSTHOG_PERSONAL_API_KEY", FAKE_PERSONAL_KEY));

        assertEquals(FAKE_PERSONAL_KEY, config.posthogPersonalApiKey());
        assertTrue(config.hasPersonalKey());
    }

    @Test
    void unresolvedPlaceholderMeansUnset() {
        Properties props = new Properties();
        props.setProperty("posthog.personal.api.key", "${POSTHOG_PERSONAL_API_KEY}");

        TestConfig config = TestConfigLoader.fromSources("local", props, Map.of());

        assertNull(config.posthogPersonalApiKey());
        assertFalse(config.hasPersonalKey());
        assertEquals(PostHogDefaults.FALLBACK_PROJECT_API_KEY, config.posthogProjectApiKey());
    }

    @Test
    void maskKeepsFourAndFour() {
        assertEquals("phx_...ckey", Secrets.mask("phx_dummy_personal_api_key_for_unit_tests_ckey"));
        assertEquals("********", Secrets.mask("short"));
    }
}
