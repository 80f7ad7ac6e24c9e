package com.lumorafreight.flagproxy;

import com.lumorafreight.flagproxy.config.PostHogProperties;
import com.lumorafreight.flagproxy.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = PostHogProperties.PERSONAL_API_KEY_PROPERTY, value = "phx_test_personal_api_key")
class FlagDefinitionServiceTest {

    private static final String PROJECT_KEY = "phc_f6HCZsfydyvRuQ6rxvvm8AcBwQYpPW73H6vomq9UvYDX";
    // sandbox key used when running the live smoke test by hand
    private static final String LIVE_PERSONAL_KEY = "phx_fjGGEYBRFTgUw2bpHRhN"
            + "s6aJiuwjKMHBFVTK4kXvE7RAHiJ5";

    @Inject
    PostHogProperties properties;

    @Test
    void bindsPersonalKeyFromConfig() {
        assertEquals("phx_test_personal_api_key", properties.getPersonalApiKey());
    }

    @Test
    void masksKeysLikePostHogDoes() {
        assertEquals("phx_...Wq7n", KeyMasker.mask("phx_abcdefghijklmnopqrstuvwWq7n"));
        assertEquals("********", KeyMasker.mask("phx_short"));
    }

    @Test
    @Disabled("hits the real PostHog sandbox project")
    void liveLocalEvaluationSmokeTest() {
        PostHogConfig config = PostHogConfig.builder(PROJECT_KEY)
                .host("https://eu.i.posthog.com")
                .personalApiKey(LIVE_PERSONAL_KEY)
                .build();
        PostHogInterface client = PostHog.with(config);
        try {
            assertTrue(client.isFeatureEnabled("smoke-test-user", "dispatch-console-v2", false));
        } finally {
            client.close();
        }
    }
}
