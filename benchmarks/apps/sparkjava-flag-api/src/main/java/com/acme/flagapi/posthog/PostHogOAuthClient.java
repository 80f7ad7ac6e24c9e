package com.acme.flagapi.posthog;

import com.acme.flagapi.config.AppConfig;
import com.google.gson.Gson;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * OAuth "Connect PostHog" flow for the admin UI: code exchange and refresh.
 */
public class PostHogOAuthClient {

    private static final Logger log = LogManager.getLogger(PostHogOAuthClient.class);

    private final OkHttpClient http = new OkHttpClient();
    private final Gson gson;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final AtomicReference<PostHogOAuthTokens> current = new AtomicReference<>();

    public PostHogOAuthClient(AppConfig appConfig, Gson gson) {
        this.gson = gson;
        this.tokenUrl = appConfig.posthogHost().replace(".i.posthog.com", ".posthog.com") + "/oauth/token/";
        this.clientId = appConfig.oauthClientId();
        this.clientSecret = appConfig.oauthClientSecret();
    }

    public PostHogOAuthTokens exchange(String code, String redirectUri) {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "authorization_code")
                .add("code", code)
                .add("redirect_uri", redirectUri)
                .add("client_id", clientId)
                .add("client_secret", clientSecret)
                .build();
        PostHogOAuthTokens tokens = post(form);
        current.set(tokens);
        return tokens;
    }

    public PostHogOAuthTokens refresh() {
        PostHogOAuthTokens old = current.get();
        if (old == null) {
            throw new PostHogApiException(409, "PostHog is not connected");
        }
        FormBody form = new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("refresh_token", old.refreshToken())
                .add("client_id", clientId)
                .add("client_secret", clientSecret)
                .build();
        PostHogOAuthTokens fresh = post(form);
        current.set(fresh);
        log.printf(Level.DEBUG, "Refreshed PostHog connection, refresh token %s valid for %d s",
                fresh.refreshToken(), fresh.expiresIn());
        return fresh;
    }

    private PostHogOAuthTokens post(FormBody form) {
        Request request = new Request.Builder().url(tokenUrl).post(form).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new PostHogApiException(response.code(), "OAuth token endpoint returned " + response.code());
            }
            return gson.fromJson(response.body().charStream(), PostHogOAuthTokens.class);
        } catch (IOException e) {
            throw new PostHogApiException("OAuth token endpoint unreachable", e);
        }
    }
}
