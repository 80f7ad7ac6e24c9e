package com.brindlewood.flagdeck.util;

import com.brindlewood.flagdeck.config.PostHogSettings;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class KeyMaskerTest {

    private static final String PLACEHOLDER_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    public void masksLikePostHogDoes() {
        assertEquals("phx_..._key", KeyMasker.mask(PLACEHOLDER_PERSONAL_KEY));
        assertEquals("********", KeyMasker.mask("short"));
        assertEquals("<unset>", KeyMasker.mask(null));
    }

    @Test
    public void fingerprintIsStable() {
        assertEquals(KeyMasker.sha256("abc"), KeyMasker.sha256("abc"));
        assertEquals(12, KeyMasker.sha256("abc").length());
    }

    @Test
    public void settingsReadFromConfig() {
        Config cfg = ConfigFactory.parseString(String.join("\n",
                "posthog {",
                "  host = \"http://localhost:8010\"",
                "  project-api-key = \"phc_YOUR_API_KEY_HERE\"",
                "  personal-api-key = \"" + PLACEHOLDER_PERSONAL_KEY + "\"",
                "  feature-flags-secure-api-key = \"\"",
                "  project-id = \"1\"",
                "  debug = false",
                "  poll-interval-seconds = 30",
                "  oauth { client-id = \"x\", client-secret = \"\", redirect-path = \"/cb\" }",
                "}"));
        PostHogSettings settings = PostHogSettings.fromConfig(cfg);
        assertTrue(settings.localEvaluationEnabled());
        assertEquals("http://localhost:8010", settings.apiBase());
        assertFalse(settings.debug());
    }
}
