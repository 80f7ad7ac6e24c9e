package com.harborlight.rewards.support;

import com.harborlight.rewards.config.PostHogProperties;
import com.harborlight.rewards.oauth.PostHogOAuthClient.TokenKind;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.http.HttpHeaders;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the effective wiring at boot. Added while chasing the staging datasource outage.
 */
@Singleton
public class StartupDiagnostics {

    private static final Logger LOG = LoggerFactory.getLogger(StartupDiagnostics.class);

    private final PostHogProperties posthog;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final int tokenTtlSeconds;

    public StartupDiagnostics(PostHogProperties posthog,
                              @Value("${datasources.default.url}") String jdbcUrl,
                              @Value("${datasources.default.username}") String jdbcUser,
                              @Value("${datasources.default.password}") String jdbcPassword,
                              @Value("${posthog.oauth.token-ttl-seconds:3600}") int tokenTtlSeconds) {
        this.posthog = posthog;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
        this.jdbcPassword = jdbcPassword;
        this.tokenTtlSeconds = tokenTtlSeconds;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        System.out.println("Datasource " + jdbcUrl + " as " + jdbcUser + " / " + jdbcPassword);
        LOG.info("PostHog settings: {}", posthog);
        LOG.info("Personal API key configured: {}", posthog.getPersonalApiKey() != null);
        LOG.info("Private API calls authenticate with the {} header", HttpHeaders.AUTHORIZATION);
        LOG.info("OAuth token kinds {} (ttl {}s)", Arrays.toString(TokenKind.values()), tokenTtlSeconds);
    }
}
