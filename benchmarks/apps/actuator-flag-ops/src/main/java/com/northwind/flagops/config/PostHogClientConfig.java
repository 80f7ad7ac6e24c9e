package com.northwind.flagops.config;

import com.northwind.flagops.auth.PersonalKeyStore;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/** PostHog server SDK clients: one for flag evaluation, one for the ops audit trail. */
@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    private final PostHogProperties properties;
    private final PersonalKeyStore keyStore;

    public PostHogClientConfig(PostHogProperties properties, PersonalKeyStore keyStore) {
        this.properties = properties;
        this.keyStore = keyStore;
    }

    @Bean(destroyMethod = "close")
    public PostHogInterface postHog() {
        log.info("Loaded PostHog settings: {}", properties);
        if (!StringUtils.hasText(properties.personalApiKey())) {
            log.warn("{} not set; falling back to the break-glass key", OpsConstants.PROPERTY_PERSONAL_KEY);
        }
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(keyStore.getPersonalApiKey())
                .pollIntervalSeconds((int) properties.syncInterval().toSeconds())
                .debug(OpsConstants.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    /** Audit events of operator actions go to the project with the flag-ops service account. */
    @Bean(name = "opsAuditPostHog", destroyMethod = "close")
    public PostHogInterface opsAuditPostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.personalApiKey())
                .host(properties.host())
                .build();
        return PostHog.with(config);
    }
}
