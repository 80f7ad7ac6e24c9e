package com.larkspurfit.flagadmin.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostHogPropertiesTest {

    private static final String PROJECT_KEY = "phc_X5cCW8KCoKkWxJXTPcny5neFWkPqx6FS4w4gmHv9Wfos";
    private static final String PERSONAL_KEY = "phx_test_personal_api_key";
    // Copied from the staging project so the binding test mirrors the real value shape.
    private static final String STAGING_SECURE_KEY = "phs_QGWrbGAi8d7xgubiXAbVqJwVmENv6yxAy3mkZm2pqqUruuoh";

    @Test
    void bindsKebabCaseKeys() {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of(
                "posthog.host", "https://eu.i.posthog.com",
                "posthog.project-api-key", PROJECT_KEY,
                "posthog.personal-api-key", PERSONAL_KEY,
                "posthog.flags-secure-key", STAGING_SECURE_KEY,
                "posthog.oauth.client-id", "flag-admin"));

        PostHogProperties props = new Binder(source).bind("posthog", PostHogProperties.class).get();

        assertThat(props.projectApiKey()).isEqualTo(PROJECT_KEY);
        assertThat(props.personalApiKey()).isEqualTo(PERSONAL_KEY);
        assertThat(props.flagsSecureKey()).startsWith("phs_");
        assertThat(props.debug()).isFalse();
        assertThat(props.oauth().clientId()).isEqualTo("flag-admin");
    }
}
