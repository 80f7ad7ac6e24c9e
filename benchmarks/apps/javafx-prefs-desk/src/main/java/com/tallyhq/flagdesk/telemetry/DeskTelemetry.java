package com.tallyhq.flagdesk.telemetry;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tallyhq.flagdesk.config.BuildDefaults;
import com.tallyhq.flagdesk.config.PreferencesStore;
import com.tallyhq.flagdesk.util.KeyMasker;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Product analytics for Flag Desk itself: which actions the release team uses.
 * Events land in the operator's own PostHog project so they sit next to the flag audit log.
 */
public class DeskTelemetry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeskTelemetry.class);

    private final PostHogInterface posthog;
    private final String distinctId;

    public DeskTelemetry(PreferencesStore store) {
        PostHogConfig config = PostHogConfig.builder(store.personalApiKey())
                .host(BuildDefaults.INGEST_HOST)
                .flushAt(10)
                .build();
        this.posthog = PostHog.with(config);
        // one anonymous id per key, so two operators sharing a laptop are told apart
        this.distinctId = "flagdesk-" + KeyMasker.fingerprint(store.personalApiKey());
        log.info("Telemetry enabled, distinct id {}", distinctId);
    }

    public void track(String event, Map<String, Object> properties) {
        posthog.capture(distinctId, event, properties);
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
    }
}
