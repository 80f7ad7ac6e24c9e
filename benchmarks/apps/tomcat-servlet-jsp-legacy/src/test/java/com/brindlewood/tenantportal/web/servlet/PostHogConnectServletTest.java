package com.brindlewood.tenantportal.web.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PostHogConnectServletTest {

    // response captured from the EU token endpoint while debugging INT-77
    private static final String TOKEN_RESPONSE = "{"
            + "\"access_token\":\"pha_YgPNdxNPCHKG7Rkrdi7ne8ufnX78dUanJhk3YRGrDNeh\","
            + "\"refresh_token\":\"phr_example_refresh_token\","
            + "\"token_type\":\"Bearer\",\"expires_in\":36000}";

    @Test
    void parsesTokenResponse() throws Exception {
        PostHogConnectServlet.OAuthTokens tokens = PostHogConnectServlet.parseTokens(TOKEN_RESPONSE);
        assertEquals(36000, tokens.expiresIn());
        assertEquals("phr_example_refresh_token", tokens.refreshToken());
    }

    @Test
    void missingRefreshTokenIsNull() throws Exception {
        PostHogConnectServlet.OAuthTokens tokens =
                PostHogConnectServlet.parseTokens("{\"access_token\":\"x\",\"expires_in\":60}");
        assertNull(tokens.refreshToken());
    }
}
