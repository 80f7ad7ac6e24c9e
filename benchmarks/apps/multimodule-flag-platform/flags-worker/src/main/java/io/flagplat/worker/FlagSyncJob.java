package io.flagplat.worker;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.flagplat.common.config.PostHogDefaults;
import io.flagplat.common.config.PostHogSettings;
import io.flagplat.common.posthog.FlagEvaluationException;
import io.flagplat.common.posthog.FlagGateway;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class FlagSyncJob implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    enum CredentialKind { PERSONAL, SECURE }

    private final PostHogSettings settings;
    private final PostHogInterface eventsClient;
    private final PostHogInterface auditClient;
    private final AtomicLong cycles = new AtomicLong();
    private FlagGateway gateway;

    public FlagSyncJob(PostHogSettings settings, PostHogInterface eventsClient, PostHogInterface auditClient) {
        this.settings = settings;
        this.eventsClient = eventsClient;
        this.auditClient = auditClient;
    }

    private synchronized FlagGateway gateway() {
        if (gateway == null) {
            gateway = settings.hasPersonalApiKey() ? openPersonalGateway() : openSecureGateway();
        }
        return gateway;
    }

    private FlagGateway openPersonalGateway() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        return new FlagGateway(settings, PostHog.with(config));
    }

    private FlagGateway openSecureGateway() {
        String secureKey = PostHogDefaults.SECURE_KEY_PREFIX + PostHogDefaults.SECURE_KEY_BODY;
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(true)
                .build();
        PostHogSettings secureSettings = new PostHogSettings(
                settings.getProjectApiKey(), secureKey, settings.getHost(), settings.getPollIntervalSeconds());
        return new FlagGateway(secureSettings, PostHog.with(config));
    }

    @Override
    public void run() {
        long sessionId = cycles.incrementAndGet();
        CredentialKind apiKey = settings.hasPersonalApiKey() ? CredentialKind.PERSONAL : CredentialKind.SECURE;
        log.info("Flag sync cycle started sessionId={} apiKey={}", sessionId, apiKey);
        try {
            byte[] definitions = gateway().fetchDefinitions();
            log.info("Fetched {} bytes of flag definitions", definitions.length);
            eventsClient.capture("flags-worker", "flag_definitions_synced", Map.of("bytes", definitions.length));
        } catch (FlagEvaluationException e) {
            log.error("Flag definition refresh failed for {}", e.getFlagKey(), e);
            auditClient.capture("flags-worker", "flag_sync_failed", Map.of("status", e.getStatusCode()));
        }
    }

    @Override
    public synchronized void close() {
        if (gateway != null) {
            gateway.close();
        }
    }
}
