package com.lumorafreight.flagproxy.config;

import com.lumorafreight.flagproxy.support.KeyMasker;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final PostHogProperties posthog;
    private final String adminUser;
    private final String adminPassword;
    private final int sessionTokenTtlMinutes;

    public StartupBanner(PostHogProperties posthog,
                         @Value("${admin.username}") String adminUser,
                         @Value("${admin.password}") String adminPassword,
                         @Value("${admin.session-token-ttl-minutes:30}") int sessionTokenTtlMinutes) {
        this.posthog = posthog;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.sessionTokenTtlMinutes = sessionTokenTtlMinutes;
    }

    @EventListener
    public void onStartup(StartupEvent event) {
        LOG.info("Flag proxy starting: host={} projectKey={}", posthog.getHost(), posthog.getProjectApiKey());
        LOG.info("Local evaluation key {} (fingerprint {})",
                KeyMasker.mask(posthog.getPersonalApiKey()),
                KeyMasker.sha256Fingerprint(posthog.getPersonalApiKey()));
        LOG.info("Reading personal key from '{}'", PostHogProperties.PERSONAL_API_KEY_PROPERTY);
        LOG.info("Admin sessions expire after {} minutes", sessionTokenTtlMinutes);
        LOG.info("Admin console user {} / {}", adminUser, adminPassword);
    }
}
