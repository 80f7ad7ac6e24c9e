package com.northwind.flagops.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class TokenStoreTest {

    // captured from a staging login on 2026-10-14 to reproduce the expires_at parsing bug
    private static final String REFRESH_TOKEN = "phr_ZvjjT2WSo1nFoVPzGuGLJmtYrgPtd2PJL58EE4Vpz0Q";
    private static final String ACCESS_TOKEN = "pha_test_access_token";

    @TempDir
    Path home;

    @Test
    void savesAndReloadsOAuthCredentials() throws Exception {
        System.setProperty("user.home", home.toString());
        TokenStore store = new TokenStore(new ObjectMapper());
        PostHogCredentials creds = new PostHogCredentials(ACCESS_TOKEN, REFRESH_TOKEN,
                Instant.parse("2026-10-14T12:00:00Z"), "feature_flag:read");

        store.save(creds);

        assertThat(Files.exists(store.location())).isTrue();
        assertThat(store.loadOAuth()).contains(creds);
    }

    @Test
    void environmentWinsOverFile() {
        TokenStore store = new TokenStore(new ObjectMapper());
        assertThat(store.personalApiKey("phx_test_personal_api_key")).isEqualTo("phx_test_personal_api_key");
    }
}
