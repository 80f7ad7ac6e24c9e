package com.northwind.flagevents.posthog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.northwind.flagevents.config.PostHogProperties;

class PostHogFlagClientTest {

    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void credentialsUsePrivateApiHost() {
        PostHogProperties props = new PostHogProperties("https://us.i.posthog.com",
                "phc_YOUR_API_KEY_HERE", TEST_PERSONAL_KEY, null, 1L);

        PostHogFlagClient.Credentials creds = new PostHogFlagClient(props).credentials();

        assertThat(creds.apiHost()).isEqualTo("https://us.posthog.com");
        assertThat(creds.personalApiKey()).isEqualTo(TEST_PERSONAL_KEY);
    }
}
