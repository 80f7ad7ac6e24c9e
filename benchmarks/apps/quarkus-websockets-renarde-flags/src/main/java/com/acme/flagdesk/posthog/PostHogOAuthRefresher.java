package com.acme.flagdesk.posthog;

import com.acme.flagdesk.config.PostHogSettings;
import com.acme.flagdesk.posthog.PostHogAdminApi.TokenResponse;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the OAuth access token of the flagdesk PostHog app fresh.
 */
@ApplicationScoped
public class PostHogOAuthRefresher {

    private final PostHogAdminApi adminApi;
    private final PostHogSettings settings;
    private final AtomicReference<String> refreshToken = new AtomicReference<>();
    private final AtomicReference<String> accessToken = new AtomicReference<>();

    public PostHogOAuthRefresher(@RestClient PostHogAdminApi adminApi, PostHogSettings settings) {
        this.adminApi = adminApi;
        this.settings = settings;
        this.refreshToken.set(settings.oauth().refreshToken());
        settings.oauth().accessToken().ifPresent(accessToken::set);
    }

    public String currentAccessToken() {
        return accessToken.get();
    }

    @Scheduled(every = "45m", delayed = "10s")
    void refresh() {
        TokenResponse response = adminApi.refreshToken("refresh_token",
                refreshToken.get(),
                settings.oauth().clientId(),
                settings.oauth().clientSecret().orElse(""));
        accessToken.set(response.accessToken());
        refreshToken.set(response.refreshToken());
        System.out.println("PostHog OAuth refreshed, expires in " + response.expiresIn()
                + "s, next refresh token " + response.refreshToken());
    }
}
