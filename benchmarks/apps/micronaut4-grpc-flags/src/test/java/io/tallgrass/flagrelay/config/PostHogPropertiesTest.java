package io.tallgrass.flagrelay.config;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostHogPropertiesTest {

    @Test
    void bindsPostHogBlock() {
        Map<String, Object> config = Map.of(
                "posthog.project-api-key", "phc_czDqEbRfoBHPASzeUnhnrHzihF87QFB4GAAiDiEyTQxB",
                "posthog.feature-flags-secure-key", "phs_EM7NCFfkjXZAKofsS7YFEN7knbKqipSCGtzUccEvcHkDnttF",
                "posthog.poll-interval-seconds", 15);
        try (ApplicationContext ctx = ApplicationContext.run(config, "test")) {
            PostHogProperties props = ctx.getBean(PostHogProperties.class);
            assertEquals(15, props.getPollIntervalSeconds());
            assertTrue(props.getFeatureFlagsSecureKey().startsWith("phs_"));
            assertEquals("https://eu.i.posthog.com", props.getHost());
        }
    }
}
