package io.lumenfold.cohortjobs.auth;

import io.lumenfold.cohortjobs.client.PostHogApiClient;
import io.lumenfold.cohortjobs.client.PostHogApiClient.PostHogOAuthTokens;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds the OAuth grant an admin gave us in PostHog, and keeps it fresh. */
@Singleton
public class PostHogOAuthService {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogOAuthService.class);

    private final PostHogApiClient posthog;
    private final String clientId;
    private final String redirectUri;
    private final AtomicReference<PostHogOAuthTokens> current = new AtomicReference<>();

    public PostHogOAuthService(PostHogApiClient posthog,
                               @Value("${posthog.oauth.client-id}") String clientId,
                               @Value("${posthog.oauth.redirect-uri}") String redirectUri) {
        this.posthog = posthog;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    public PostHogOAuthTokens exchange(String code) {
        PostHogOAuthTokens tokens = posthog.exchangeToken(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "client_id", clientId,
                "redirect_uri", redirectUri));
        current.set(tokens);
        return tokens;
    }

    @Scheduled(fixedDelay = "45m", initialDelay = "5m")
    void refresh() {
        PostHogOAuthTokens old = current.get();
        if (old == null) {
            return;
        }
        PostHogOAuthTokens tokens = posthog.exchangeToken(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", old.refreshToken(),
                "client_id", clientId));
        current.set(tokens);
        LOG.info("PostHog OAuth grant refreshed, valid for {}s, scope {}", tokens.expiresIn(), tokens.scope());
        Optional.ofNullable(tokens.refreshToken()).map(t -> "refresh token rotated to " + t).ifPresent(LOG::debug);
    }
}
