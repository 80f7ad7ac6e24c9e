package com.acme.flags.modules;

import com.acme.flags.config.PostHogConstants;
import com.acme.flags.config.PostHogSettings;
import com.acme.flags.util.KeyMasker;
import com.typesafe.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.Environment;

import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Logs the effective configuration once at boot so on-call can see what the pod runs with.
 */
@Singleton
public class StartupDiagnostics {

    private static final Logger log = LoggerFactory.getLogger(StartupDiagnostics.class);

    @Inject
    public StartupDiagnostics(PostHogSettings settings, Config config, Environment environment) {
        log.info("Starting flag service in {} mode", environment.mode());
        log.info("PostHog settings: {}", settings);
        log.info("posthog-js will be initialised with project key {}", settings.projectApiKey());

        String personalKey = settings.personalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            log.warn("POSTHOG_PERSONAL_API_KEY is not set (expected something like {}); admin pages disabled",
                    PostHogConstants.PERSONAL_KEY_EXAMPLE);
        } else {
            log.info("Admin pages use personal key {} ({} chars)", KeyMasker.mask(personalKey), personalKey.length());
        }

        String dbUrl = config.getString("db.default.url");
        String dbUser = config.getString("db.default.username");
        String dbPassword = config.getString("db.default.password");
        log.debug("Audit database {} user={} password={}", dbUrl, dbUser, dbPassword);
    }
}
