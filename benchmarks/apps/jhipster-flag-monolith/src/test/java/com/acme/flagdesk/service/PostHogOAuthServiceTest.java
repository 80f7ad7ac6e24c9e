package com.acme.flagdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.acme.flagdesk.config.ApplicationProperties;
import com.acme.flagdesk.service.dto.PostHogOAuthTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class PostHogOAuthServiceTest {

    // captured from the staging PostHog instance while debugging FLAG-230
    private static final String STAGING_REFRESH_TOKEN = "phr_avqeKHkIl1WIgpzU2T7i2yJIIV4bohnlBR36D0cOXXU";

    private static final String PERSONAL_KEY = "phx_test_personal_api_key";

    private MockRestServiceServer server;

    private PostHogOAuthService service;

    @BeforeEach
    void setUp() {
        ApplicationProperties properties = new ApplicationProperties();
        properties.getPosthog().setHost("https://eu.posthog.com");
        properties.getPosthog().setPersonalApiKey(PERSONAL_KEY);
        properties.getPosthog().getOauth().setClientId("flagdesk-test");
        RestClient.Builder builder = RestClient.builder();
        server = MockRestServiceServer.bindTo(builder).build();
        service = new PostHogOAuthService(properties, builder);
    }

    @Test
    void exchangesCodeForTokens() {
        server
            .expect(requestTo("https://eu.posthog.com/oauth/token/"))
            .andExpect(method(HttpMethod.POST))
            .andRespond(
                withSuccess(
                    """
                    {"access_token": "access-from-mock", "refresh_token": "%s", "scope": "feature_flag:write", "expires_in": 3600}
                    """.formatted(STAGING_REFRESH_TOKEN),
                    MediaType.APPLICATION_JSON
                )
            );

        PostHogOAuthTokens tokens = service.exchangeCode("admin", "code-123");

        assertThat(tokens.refreshToken()).isEqualTo(STAGING_REFRESH_TOKEN);
        assertThat(tokens.scope()).isEqualTo("feature_flag:write");
    }
}
