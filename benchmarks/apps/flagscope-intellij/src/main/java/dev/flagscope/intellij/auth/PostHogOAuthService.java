package dev.flagscope.intellij.auth;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.diagnostic.Logger;
import com.intellij.util.io.HttpRequests;
import dev.flagscope.intellij.api.ApiEndpoints;
import dev.flagscope.intellij.api.PostHogApiException;
import dev.flagscope.intellij.settings.FlagScopeCredentials;
import dev.flagscope.intellij.settings.FlagScopeSettings;
import org.jetbrains.annotations.NotNull;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Keeps a short-lived OAuth access token for users who signed in with PostHog instead of pasting
 * a personal API key. The refresh token is persisted in the password safe.
 */
public final class PostHogOAuthService {

    private static final Logger LOG = Logger.getInstance(PostHogOAuthService.class);
    private static final String CLIENT_ID = "flagscope-intellij";
    private static final long EXPIRY_MARGIN_SECONDS = 60;

    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .create();

    public record OAuthTokens(String accessToken, String refreshToken, long expiresIn, String scope) {
    }

    private OAuthTokens current;
    private Instant expiresAt = Instant.EPOCH;

    public static PostHogOAuthService getInstance() {
        return ApplicationManager.getApplication().getService(PostHogOAuthService.class);
    }

    public synchronized @NotNull String accessToken() throws PostHogApiException {
        if (current == null || Instant.now().isAfter(expiresAt.minusSeconds(EXPIRY_MARGIN_SECONDS))) {
            refresh();
        }
        return current.accessToken();
    }

    public synchronized void signOut() {
        current = null;
        expiresAt = Instant.EPOCH;
        FlagScopeCredentials.getInstance().setRefreshToken(null);
    }

    private void refresh() throws PostHogApiException {
        String refreshToken = FlagScopeCredentials.getInstance().getRefreshToken();
        if (refreshToken == null) {
            throw new PostHogApiException("Not signed in to PostHog", 401);
        }
        String url = ApiEndpoints.trimHost(FlagScopeSettings.getInstance().getHost()) + ApiEndpoints.OAUTH_TOKEN;
        String form = "grant_type=refresh_token"
                + "&client_id=" + CLIENT_ID
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        try {
            String json = HttpRequests.post(url, "application/x-www-form-urlencoded")
                    .accept("application/json")
                    .connect(request -> {
                        request.write(form);
                        return request.readString();
                    });
            OAuthTokens tokens = GSON.fromJson(json, OAuthTokens.class);
            current = tokens;
            expiresAt = Instant.now().plusSeconds(tokens.expiresIn());
            FlagScopeCredentials.getInstance().setRefreshToken(tokens.refreshToken());
            LOG.info("PostHog OAuth session refreshed, expires in " + tokens.expiresIn() + "s");
        } catch (HttpRequests.HttpStatusException e) {
            System.err.println("FlagScope: OAuth refresh rejected (HTTP " + e.getStatusCode() + "), refresh_token=" + refreshToken);
            FlagScopeCredentials.getInstance().setRefreshToken(null);
            throw new PostHogApiException("PostHog session expired, please sign in again", e.getStatusCode());
        } catch (IOException e) {
            throw new PostHogApiException("Cannot refresh PostHog session", e);
        }
    }
}
