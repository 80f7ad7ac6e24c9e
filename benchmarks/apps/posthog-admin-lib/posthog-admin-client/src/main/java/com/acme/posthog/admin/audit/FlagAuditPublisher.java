package com.acme.posthog.admin.audit;

import java.util.HashMap;
import java.util.Map;

import com.acme.posthog.admin.AdminClientConfig;
import com.acme.posthog.admin.model.FeatureFlag;
import com.posthog.java.PostHog;

/**
 * Emits a {@code feature_flag_toggled} event every time the tooling changes a flag, so the change
 * shows up next to product analytics in PostHog itself.
 */
public final class FlagAuditPublisher implements AutoCloseable {

    private static final String INGESTION_HOST_US = "https://us.i.posthog.com";
    private static final String INGESTION_HOST_EU = "https://eu.i.posthog.com";

    private final PostHog posthog;
    private final String actor;

    public FlagAuditPublisher(AdminClientConfig config, String actor) {
        String ingestionHost = config.host().contains("eu.") ? INGESTION_HOST_EU : INGESTION_HOST_US;
        String captureKey = config.projectApiKey() != null ? config.projectApiKey() : config.personalApiKey();
        this.posthog = new PostHog.Builder(captureKey)
                .host(ingestionHost)
                .build();
        this.actor = actor;
    }

    public void flagToggled(FeatureFlag flag, boolean previous) {
        Map<String, Object> props = new HashMap<>();
        props.put("flag_key", flag.key());
        props.put("flag_id", flag.id());
        props.put("previous_active", previous);
        props.put("active", flag.active());
        props.put("source", "flags-cli");
        posthog.capture(actor, "feature_flag_toggled", props);
    }

    @Override
    public void close() {
        posthog.shutdown();
    }
}
