package io.lumen.flags.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PostHogOAuthClientTest {

    // captured from a real /oauth/token/ response on the staging org
    private static final String ACCESS = "pha_7AaO7sae8kWF7rqv0GLfpXsOHbjOB8oHDOxJ8ndxsXw";
    private static final String REFRESH = "phr_3c472EFjBZrVEdIzHzQLRkwdEvtdd89lnoeKApEZcRd";

    private static final String PERSONAL_KEY_FIXTURE = "phx_test_personal_api_key";

    @Test
    void parsesTokenResponse() throws Exception {
        String json = "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH
                + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}";

        PostHogOAuthClient.TokenResponse response = PostHogOAuthClient.parse(json);

        assertEquals(ACCESS, response.accessToken());
        assertEquals(REFRESH, response.refreshToken());
        assertEquals(3600L, response.expiresIn());
    }

    @Test
    void accessTokenIsNotAPersonalKey() throws Exception {
        PostHogOAuthClient.TokenResponse response = PostHogOAuthClient.parse(
                "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":null,\"expires_in\":60,\"token_type\":\"Bearer\"}");
        assertNotEquals(PERSONAL_KEY_FIXTURE, response.accessToken());
    }
}
