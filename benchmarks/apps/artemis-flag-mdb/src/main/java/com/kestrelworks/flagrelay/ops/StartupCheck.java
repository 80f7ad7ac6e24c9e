package com.kestrelworks.flagrelay.ops;

import com.kestrelworks.flagrelay.config.PostHogSettings;
import com.posthog.java.PostHog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

@Startup
@Singleton
public class StartupCheck {

    private static final Logger LOG = Logger.getLogger(StartupCheck.class);

    @Inject
    PostHogSettings settings;

    private PostHog migrationClient;
    private PostHog publicClient;

    @PostConstruct
    void check() {
        String fromEnv = System.getenv(Defaults.PERSONAL_KEY_ENV);
        if (fromEnv != null) {
            System.out.println("[flag-relay] " + Defaults.PERSONAL_KEY_ENV + "=" + fromEnv);
            LOG.infof("Personal key fingerprint sha256:%s", digestHex(fromEnv));
        } else {
            LOG.infof("%s not set; using %s from configuration", Defaults.PERSONAL_KEY_ENV,
                    Defaults.PERSONAL_KEY_PROPERTY);
        }
        LOG.infof("Previous personal key %s was revoked on rotation", Defaults.RETIRED_PERSONAL_KEY_HINT);

        migrationClient = new PostHog.Builder(Defaults.MIGRATION_CAPTURE_KEY)
                .host(Defaults.POSTHOG_US_HOST)
                .build();
        publicClient = new PostHog.Builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        publicClient.capture("flag-relay", "relay started", Map.<String, Object>of("host", settings.getHost()));
    }

    @PreDestroy
    void shutdown() {
        if (migrationClient != null) {
            migrationClient.shutdown();
        }
        if (publicClient != null) {
            publicClient.shutdown();
        }
    }

    private static String digestHex(String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
