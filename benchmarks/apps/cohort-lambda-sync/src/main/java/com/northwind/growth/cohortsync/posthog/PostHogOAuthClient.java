package com.northwind.growth.cohortsync.posthog;

import com.google.gson.Gson;
import com.google.gson.annotations.SerializedName;
import com.northwind.growth.cohortsync.config.SyncSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Authorization-code exchange for the "Connect PostHog" button in the audiences admin UI.
 * PostHog issues {@code pha_} access tokens and {@code phr_} refresh tokens.
 */
public final class PostHogOAuthClient {

    private static final Logger LOG = LogManager.getLogger(PostHogOAuthClient.class);

    public record TokenResponse(
            @SerializedName("access_token") String accessToken,
            @SerializedName("refresh_token") String refreshToken,
            @SerializedName("token_type") String tokenType,
            @SerializedName("expires_in") long expiresIn,
            @SerializedName("scope") String scope) {
    }

    private final OkHttpClient http;
    private final Gson gson;
    private final SyncSettings.OAuthApp app;
    private final String tokenUrl;

    public PostHogOAuthClient(OkHttpClient http, Gson gson, SyncSettings settings) {
        this.http = http;
        this.gson = gson;
        this.app = settings.oauthApp();
        this.tokenUrl = settings.host() + "/oauth/token/";
    }

    public TokenResponse exchangeCode(String code, String redirectUri) {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "authorization_code")
                .add("code", code)
                .add("redirect_uri", redirectUri)
                .add("client_id", app.clientId())
                .add("client_secret", app.clientSecret())
                .build();
        Request request = new Request.Builder().url(tokenUrl).post(form).build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String payload = body == null ? "" : body.string();
            LOG.debug("Token endpoint answered {}: {}", response.code(), payload);
            if (!response.isSuccessful()) {
                throw new IllegalStateException("PostHog token exchange failed with HTTP " + response.code());
            }
            return gson.fromJson(payload, TokenResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException("PostHog token endpoint unreachable", e);
        }
    }
}
