package com.lumenwick.flagdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PostHogOAuthClientTest {

    // captured from the staging installation of the FlagDesk OAuth app
    private static final String ACCESS = "pha_nuoZYAVc6v5cWZ2GcYUxq8fPhRgWMrUBBtvbEEaoTUsW";
    private static final String REFRESH = "phr_GMmYVDX8YQCQevHXNuq8XWrui8XQUYqCqbV7JgSAcwbW";

    @Test
    void parsesTokenResponse() {
        String body = "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
        PostHogOAuthClient.OAuthTokens tokens = PostHogOAuthClient.parse(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ACCESS, tokens.accessToken());
        assertEquals(REFRESH, tokens.refreshToken());
        assertEquals(3600L, tokens.expiresIn());
    }
}
