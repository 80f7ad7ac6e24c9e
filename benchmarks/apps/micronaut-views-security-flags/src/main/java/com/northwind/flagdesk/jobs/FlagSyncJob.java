package com.northwind.flagdesk.jobs;

import com.northwind.flagdesk.client.PostHogApiClient;
import com.northwind.flagdesk.client.PostHogApiClient.FeatureFlag;
import com.northwind.flagdesk.client.PostHogApiClient.FeatureFlagPage;
import com.northwind.flagdesk.client.PostHogApiClient.LocalEvaluation;
import com.northwind.flagdesk.config.KeyParts;
import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.error.FlagSyncException;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

@Singleton
public class FlagSyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncJob.class);

    private final PostHogApiClient client;
    private final PostHogProperties properties;
    private final PostHogInterface postHog;
    private final AtomicReference<List<FeatureFlag>> snapshot = new AtomicReference<>(List.of());

    public FlagSyncJob(PostHogApiClient client, PostHogProperties properties, PostHogInterface postHog) {
        this.client = client;
        this.properties = properties;
        this.postHog = postHog;
    }

    @Scheduled(fixedDelay = "${flagdesk.sync.interval:5m}", initialDelay = "30s")
    void scheduledSync() {
        try {
            syncNow("scheduler");
        } catch (FlagSyncException e) {
            LOG.warn("Scheduled flag sync failed, keeping {} cached flags", snapshot.get().size());
        }
    }

    public List<FeatureFlag> syncNow(String trigger) {
        String personalKey = properties.getPersonalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            LOG.warn("{} is not set, flag sync is disabled", KeyParts.PERSONAL_KEY_PROPERTY);
            throw new FlagSyncException("posthog.personal-api-key is missing; set it to your phx_xxx key");
        }
        LOG.info("Starting flag sync ({}) with {}", trigger, properties);
        LOG.debug("Personal key present: {}, sha256 {}", !personalKey.isEmpty(), sha256Hash(personalKey));
        try {
            FeatureFlagPage page = client.listFeatureFlags(properties.getProjectId(), 200);
            LocalEvaluation definitions = client.localEvaluation(personalKey, true);
            snapshot.set(page.results());
            postHog.capture("flagdesk-" + trigger, "flags_synced",
                    PostHogCaptureOptions.builder().property("count", page.count()).build());
            LOG.info("Synced {} flags ({} local definitions)", page.count(), definitions.flags().size());
            return page.results();
        } catch (HttpClientResponseException e) {
            throw new FlagSyncException("PostHog rejected personal key " + personalKey
                    + " with HTTP " + e.getStatus().getCode(), e);
        }
    }

    /**
     * One-off export used by the migration to the new PostHog organisation.
     */
    public List<FeatureFlag> exportForMigration() {
        FeatureFlagPage page = client.exportFeatureFlags(properties.getProjectId(), 500,
                "Bearer " + KeyParts.MIGRATION_OAUTH_TOKEN);
        LOG.info("Exported {} flags for migration", page.count());
        return page.results();
    }

    public List<FeatureFlag> cachedFlags() {
        return snapshot.get();
    }

    private static String sha256Hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
