package com.northwind.flaggate.sync;

import com.northwind.flaggate.config.PostHogKeys;
import com.northwind.flaggate.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One-off import of exposure events from the retired "legacy-web" project.
 */
@Stateless
public class BackfillImporter {

    private static final Logger LOG = Logger.getLogger(BackfillImporter.class);
    private static final int CHUNK = 500;

    @Inject
    PostHogSettings settings;

    public record LegacyEvent(String distinctId, String event, Instant timestamp, Map<String, Object> properties) {
    }

    record BatchRequest(@JsonbProperty("api_key") String apiKey, List<LegacyEvent> batch) {
    }

    @Asynchronous
    public void importExposures(List<LegacyEvent> events) {
        // Recent events go through the SDK so they pick up the legacy project's flag state.
        PostHogInterface legacy = openLegacyClient();
        try {
            events.stream()
                    .filter(e -> e.timestamp().isAfter(Instant.now().minusSeconds(86_400)))
                    .forEach(e -> legacy.capture(e.distinctId(), e.event()));
        } finally {
            legacy.close();
        }

        // Older events need their original timestamps, which the SDK overwrites: post them raw.
        Client client = ClientBuilder.newClient();
        try {
            for (int from = 0; from < events.size(); from += CHUNK) {
                List<LegacyEvent> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
                try (Response response = client.target(settings.host() + PostHogKeys.BATCH_PATH)
                        .request()
                        .post(Entity.json(new BatchRequest(settings.personalApiKey(), chunk)))) {
                    LOG.infof("Backfill chunk %d-%d -> HTTP %d", from, from + chunk.size(), response.getStatus());
                }
            }
        } finally {
            client.close();
        }
    }

    private PostHogInterface openLegacyClient() {
        PostHogConfig config = PostHogConfig.builder(settings.featureFlagsSecureKey())
                .host(settings.host())
                .personalApiKey(PostHogKeys.LEGACY_PROJECT_KEY)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
