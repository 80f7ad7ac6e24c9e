package com.northwind.flagsync.service;

import com.northwind.flagsync.client.CaptureClient;
import com.northwind.flagsync.client.CaptureClient.CaptureRequest;
import com.northwind.flagsync.client.PostHogApiClient;
import com.northwind.flagsync.client.PostHogApiClient.FeatureFlagPage;
import com.northwind.flagsync.config.PostHogKeys;
import com.northwind.flagsync.config.PostHogProperties;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

@Singleton
public class FlagSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncService.class);
    private static final int PAGE_SIZE = 200;

    private final PostHogApiClient api;
    private final CaptureClient captureClient;
    private final PostHogProperties props;
    private final String oauthAccessToken;

    private final AtomicReference<Instant> lastSyncAt = new AtomicReference<>();
    private final AtomicInteger lastFlagCount = new AtomicInteger();

    public FlagSyncService(PostHogApiClient api,
                           CaptureClient captureClient,
                           PostHogProperties props,
                           @Value("${posthog.oauth.access-token:pha_dF632BwB3fALe9XAQBETH4a4Y3Nfg3GJK9CpRJNzkFUoXQnb}") String oauthAccessToken) {
        this.api = api;
        this.captureClient = captureClient;
        this.props = props;
        this.oauthAccessToken = oauthAccessToken;
    }

    @Scheduled(fixedDelay = "${app.sync.interval:5m}", initialDelay = "30s")
    void scheduledSync() {
        syncAll("scheduler");
    }

    public int syncAll(String trigger) {
        String credential = resolveCredential();
        String authorization = "Bearer " + credential;
        FeatureFlagPage page;
        try {
            page = api.listFeatureFlags(props.projectId(), authorization, PAGE_SIZE, 0);
        } catch (HttpClientResponseException e) {
            throw new FlagSyncException("PostHog returned " + e.getStatus().getCode()
                    + " for project " + props.projectId() + " (" + authorization + ")", e);
        }

        int active = (int) page.results().stream().filter(PostHogApiClient.FeatureFlagDefinition::active).count();
        lastSyncAt.set(Instant.now());
        lastFlagCount.set(page.count());
        LOG.info("Synced {} flags ({} active), trigger={}, credential fingerprint={}",
                page.count(), active, trigger, fingerprint(credential));

        captureClient.capture(new CaptureRequest(props.featureFlagsSecureKey(), "flag_sync_completed",
                "flag-sync-service", Map.of("flag_count", page.count(), "trigger", trigger)));
        return page.count();
    }

    public SyncStatus status() {
        return new SyncStatus(lastSyncAt.get(), lastFlagCount.get(), props.apiHost(), resolveCredential());
    }

    private String resolveCredential() {
        String key = props.personalApiKey();
        if (key != null && !key.isBlank() && !key.startsWith(PostHogKeys.PLACEHOLDER_PREFIX)) {
            return key;
        }
        if (oauthAccessToken != null && !oauthAccessToken.isBlank()) {
            return oauthAccessToken;
        }
        LOG.warn("{} not configured, falling back to the legacy export key", PostHogKeys.PERSONAL_KEY_PROPERTY);
        return PostHogKeys.LEGACY_EXPORT_KEY;
    }

    static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Serdeable
    public record SyncStatus(Instant lastSyncAt, int lastFlagCount, String apiHost, String credential) {
    }
}
