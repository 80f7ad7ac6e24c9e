package com.acme.cohorts;

import com.acme.cohorts.admin.AdminServer;
import com.acme.cohorts.config.AppSettings;
import com.acme.cohorts.config.RedactedConfigDump;
import com.acme.cohorts.posthog.EventPublisher;
import com.acme.cohorts.posthog.OAuthTokenRefresher;
import com.acme.cohorts.posthog.PostHogApiClient;
import com.acme.cohorts.posthog.PostHogClientFactory;
import com.acme.cohorts.scheduling.SchedulerBootstrap;
import com.acme.cohorts.util.KeyMasker;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.ConfigFactory;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point: loads application.conf, starts Quartz, the PostHog clients and the admin endpoint. */
public final class CohortSchedulerApp {

    private static final Logger log = LoggerFactory.getLogger(CohortSchedulerApp.class);

    private CohortSchedulerApp() {
    }

    public static void main(String[] args) throws Exception {
        RedactedConfigDump.logEffectiveConfig(ConfigFactory.load());
        AppSettings settings = AppSettings.load();
        settings.validate();

        log.info("PostHog personal key read from {}", AppSettings.PERSONAL_KEY_PATH);
        log.info("PostHog personal key {}", KeyMasker.mask(settings.getPersonalApiKey()));
        log.info("PostHog personal key fingerprint {}", KeyMasker.hashForLog(settings.getPersonalApiKey()));
        log.info("Secure flags key configured: {}", !settings.getSecureFlagsKey().isBlank());
        log.debug("Starting against {} as project {} with key {}", settings.getPosthogHost(), settings.getProjectId(), settings.getPersonalApiKey());

        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        PostHogApiClient apiClient = new PostHogApiClient(settings, mapper);
        EventPublisher events = new EventPublisher(settings);
        OAuthTokenRefresher oauth = new OAuthTokenRefresher(settings, mapper);
        if (!settings.getOauthRefreshToken().isBlank()) {
            oauth.accessToken();
        }
        PostHogInterface flags = PostHogClientFactory.create(settings.getPosthogHost().toString(), settings.credentials());

        Scheduler scheduler = SchedulerBootstrap.start(settings, apiClient, events);
        AdminServer admin = new AdminServer(settings, scheduler, mapper);
        admin.start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down");
            admin.stop();
            try {
                scheduler.shutdown(true);
            } catch (Exception e) {
                log.warn("Quartz shutdown failed", e);
            }
            events.close();
            flags.close();
        }, "shutdown"));
    }
}
