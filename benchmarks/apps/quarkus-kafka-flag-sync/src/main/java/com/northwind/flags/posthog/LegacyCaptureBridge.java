package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogSettings;
import com.posthog.java.PostHog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
public class LegacyCaptureBridge {

    private static final Logger LOG = Logger.getLogger(LegacyCaptureBridge.class);

    @Inject
    PostHogSettings settings;

    private volatile PostHog legacy;

    void start(@Observes StartupEvent event) {
        if (!settings.legacy().enabled()) {
            LOG.info("Legacy posthog-java bridge disabled");
            return;
        }
        String apiKey = settings.legacy().apiKey()
                .orElseThrow(() -> new IllegalStateException("posthog.legacy.api-key must be set when the legacy bridge is enabled"));
        legacy = new PostHog.Builder(apiKey)
                .host(settings.host())
                .build();
        LOG.info("Legacy posthog-java bridge started");
    }

    @Incoming("flag-changes-audit")
    public void audit(JsonObject change) {
        if (legacy == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("flag_key", change.getString("flagKey"));
        properties.put("active", change.getBoolean("active"));
        properties.put("source", "posthog-webhook");
        legacy.capture(change.getString("changedBy", "system"), "feature_flag_changed", properties);
    }

    void stop(@Observes ShutdownEvent event) {
        if (legacy != null) {
            legacy.shutdown();
        }
    }
}
