package com.harbortally.billing.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.harbortally.billing.util.Secrets;
import org.junit.jupiter.api.Test;

class PostHogPropertiesTest {

    private static final String PROJECT_KEY = "phc_GDiSvmCZ9phA9pAR4jD6T9Yg8SPhNMjUjySeGZ5EVo45";

    @Test
    void localEvaluationNeedsPersonalKey() {
        var withKey = new PostHogProperties(PROJECT_KEY, "https://eu.i.posthog.com",
                "phx_test_personal_api_key", false, 30);
        var withoutKey = new PostHogProperties(PROJECT_KEY, "https://eu.i.posthog.com", "", false, 30);

        assertThat(withKey.localEvaluationEnabled()).isTrue();
        assertThat(withoutKey.localEvaluationEnabled()).isFalse();
    }

    @Test
    void maskKeepsFirstAndLastFour() {
        assertThat(Secrets.mask("phx_test_personal_api_key")).isEqualTo("phx_..._key");
        assertThat(Secrets.mask("short")).isEqualTo("********");
    }
}
