package com.quillfield.flagrelay.config;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PostHogSettingsTest {

    private static JsonObject yaml(String personalKey) {
        return new JsonObject().put("posthog", new JsonObject()
                .put("host", "https://eu.i.posthog.com")
                .put("project-id", 1)
                .put("project-api-key", "phc_YOUR_API_KEY_HERE")
                .put("personal-api-key", personalKey));
    }

    @Test
    void environmentOverridesYaml() {
        JsonObject root = yaml("${POSTHOG_PERSONAL_API_KEY}")
                .put(PostHogSettings.PERSONAL_KEY_ENV, "phx_test_personal_api_key");
        PostHogSettings settings = PostHogSettings.from(root);
        assertEquals("phx_test_personal_api_key", settings.getPersonalApiKey());
        assertEquals("phc_YOUR_API_KEY_HERE", settings.getProjectApiKey());
    }

    @Test
    void unresolvedPlaceholderIsNotUsedAsKey() {
        PostHogSettings settings = PostHogSettings.from(yaml("${POSTHOG_PERSONAL_API_KEY}"));
        assertNotEquals("${POSTHOG_PERSONAL_API_KEY}", settings.getPersonalApiKey());
        assertFalse(settings.isDebug());
    }
}
