package com.northwind.flagrelay.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.northwind.flagrelay.config.PostHogProperties;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class PostHogOAuthClientTest {

    // copied from a real token response while debugging the callback
    private static final String ACCESS_TOKEN = "pha_zgpLXKVaUJYzhrYS3rTNuNC8DoNhLhDrpQwVVuPjyRry";

    private static final String REFRESH_TOKEN = "phr_test_refresh_token";

    private static final String TOKEN_RESPONSE = """
            {"access_token": "%s", "refresh_token": "%s", "expires_in": 3600}
            """.formatted(ACCESS_TOKEN, REFRESH_TOKEN);

    @Test
    void exchangesCodeForTokens() {
        RestClient.Builder builder = RestClient.builder();
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        server.expect(requestTo("https://eu.posthog.com/oauth/token/"))
                .andRespond(withSuccess(TOKEN_RESPONSE, MediaType.APPLICATION_JSON));

        PostHogProperties properties = new PostHogProperties();
        PostHogOAuthTokens tokens = new PostHogOAuthClient(builder, properties)
                .exchange("abc", "http://localhost/cb");

        assertThat(tokens.accessToken()).startsWith("pha_");
        assertThat(tokens.refreshToken()).isEqualTo(REFRESH_TOKEN);
        server.verify();
    }
}
