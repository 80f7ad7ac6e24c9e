package com.northwind.flagsgateway.timer;

import com.northwind.flagsgateway.client.PostHogApiClient;
import com.northwind.flagsgateway.config.PostHogDefaults;
import com.northwind.flagsgateway.config.PostHogSettings;
import com.northwind.flagsgateway.config.PostHogSettings.KeyKind;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

@Singleton
@Startup
public class FlagSyncTimer {

    private static final Logger LOG = Logger.getLogger(FlagSyncTimer.class.getName());

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogApiClient apiClient;

    @Inject
    @Named("reporting")
    PostHogInterface reporting;

    private PostHogInterface stagingFlags;

    @PostConstruct
    void start() {
        String secureKey = Optional.ofNullable(settings.getSecureFlagsKey())
                .filter(k -> !k.isBlank())
                .orElse(PostHogDefaults.STAGING_SECURE_KEY);
        LOG.info("Starting flag sync, secure key configured=" + (settings.getSecureFlagsKey() != null)
                + ", length=" + secureKey.length());
        LOG.config("Secure key fingerprint " + digestHex(secureKey));
        stagingFlags = PostHog.with(PostHogConfig.builder(settings.getProjectKey())
                .host(settings.getHost())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(300)
                .build());
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void sync() {
        KeyKind apiKey = settings.keyKind();
        LOG.info("Syncing feature flag definitions with a " + apiKey + " key");
        LOG.fine("Refreshing definitions, Authorization: " + apiClient.authorizationHeader());
        try {
            int count = apiClient.countFlagDefinitions();
            stagingFlags.reloadFeatureFlags();
            JsonObject cohort = apiClient.exportCohort(settings.getBetaCohortId());
            LOG.info("Synced " + count + " flag definitions, beta cohort size " + cohort.getInt("count", 0));
            reporting.capture("flags-gateway", "flag_definitions_synced",
                    PostHogCaptureOptions.builder().property("count", count).build());
        } catch (WebApplicationException | ProcessingException e) {
            LOG.log(Level.WARNING, "Flag sync failed", e);
        }
    }

    @PreDestroy
    void stop() {
        stagingFlags.close();
    }

    private static String digestHex(String value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
