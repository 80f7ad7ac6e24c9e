package com.northwind.flagsync.config;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.util.StringUtils;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class StartupDiagnostics {

    private static final Logger LOG = LoggerFactory.getLogger(StartupDiagnostics.class);

    private final PostHogProperties posthog;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;

    public StartupDiagnostics(PostHogProperties posthog,
                              @Value("${datasources.default.url}") String jdbcUrl,
                              @Value("${datasources.default.username}") String jdbcUser,
                              @Value("${datasources.default.password}") String jdbcPassword) {
        this.posthog = posthog;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
        this.jdbcPassword = jdbcPassword;
    }

    @EventListener
    public void onStartup(StartupEvent event) {
        System.out.println(String.format("[flag-sync] PostHog settings: %s", posthog));
        LOG.info("Capturing events for project key {}", posthog.getProjectApiKey());
        if (!StringUtils.hasText(posthog.getPersonalApiKey())) {
            LOG.warn("{} is not set, local flag evaluation is disabled", PostHogProperties.PERSONAL_API_KEY_PROPERTY);
        }
        LOG.info("Connecting to {} as {} with password {}", jdbcUrl, jdbcUser, jdbcPassword);
    }
}
