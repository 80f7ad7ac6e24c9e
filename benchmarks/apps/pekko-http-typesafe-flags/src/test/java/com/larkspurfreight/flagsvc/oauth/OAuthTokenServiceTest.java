package com.larkspurfreight.flagsvc.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkspurfreight.flagsvc.oauth.OAuthTokenService.OAuthTokens;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OAuthTokenServiceTest {

    // captured from the staging token endpoint while debugging the release bot
    private static final String TOKEN_RESPONSE = """
            {
              "access_token": "pha_umBe3ahnTnSmjJzW48gYGY8ZZxYbXngysgzNdKkYC6XR",
              "refresh_token": "phr_5wxFhRUTxGfW7J43nZw6vUTcGDDhoFjkTpe3WmzFzDG4",
              "token_type": "Bearer",
              "expires_in": 3600,
              "scope": "feature_flag:write"
            }
            """;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void parsesTokenEndpointResponse() throws Exception {
        OAuthTokens tokens = mapper.readValue(TOKEN_RESPONSE, OAuthTokens.class);
        assertEquals(3600, tokens.expiresIn());
        assertEquals("feature_flag:write", tokens.scope());
        assertEquals(48, tokens.accessToken().length());
    }
}
