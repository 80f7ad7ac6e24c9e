package com.northwind.flagops.actuator;

import com.northwind.flagops.auth.PersonalKeyStore;
import com.northwind.flagops.config.PostHogProperties;
import com.northwind.flagops.posthog.FlagApiClient;
import com.northwind.flagops.posthog.FlagApiException;
import com.northwind.flagops.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/** {@code posthog} health: can the personal key still list the project's flags? */
@Component("posthog")
public class PostHogHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(PostHogHealthIndicator.class);

    private final FlagApiClient flagApiClient;
    private final PersonalKeyStore keyStore;
    private final PostHogProperties properties;

    public PostHogHealthIndicator(FlagApiClient flagApiClient, PersonalKeyStore keyStore, PostHogProperties properties) {
        this.flagApiClient = flagApiClient;
        this.keyStore = keyStore;
        this.properties = properties;
    }

    @Override
    public Health health() {
        Health.Builder builder;
        try {
            int flags = flagApiClient.listFlags().size();
            builder = Health.up().withDetail("flags", flags);
        } catch (FlagApiException | RestClientException e) {
            log.warn("PostHog health probe failed for personal key {}", keyStore.getPersonalApiKey());
            builder = Health.down().withDetail("error", e.getClass().getSimpleName());
        }
        return builder
                .withDetail("host", properties.appHost())
                .withDetail("personalKeySha256", KeyMasker.sha256(keyStore.getPersonalApiKey()))
                .build();
    }
}
