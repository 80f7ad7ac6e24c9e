package com.brackenfield.telemetry.analytics;

import com.brackenfield.telemetry.config.PostHogMapping;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;

/**
 * Rolls device firmware features out by flipping PostHog flags.
 */
@ApplicationScoped
public class FlagsAdminService {

    private static final Logger LOG = Logger.getLogger(FlagsAdminService.class);

    @Inject
    @RestClient
    FlagsAdminClient client;

    @Inject
    PostHogMapping cfg;

    public Uni<Map<String, Object>> setRollout(long flagId, int percentage) {
        String personalKey = cfg.personalApiKey()
                .orElseThrow(() -> new IllegalStateException("posthog.personal-api-key is not set"));
        String authHeader = "Bearer " + personalKey;
        LOG.infof("Setting rollout of flag %d to %d%% (key %s...)", flagId, percentage, personalKey.substring(0, 4));
        LOG.logf(Logger.Level.DEBUG, "PATCH flag %d with Authorization=%s", flagId, authHeader);

        Map<String, Object> changes = Map.of("filters", Map.of("groups",
                java.util.List.of(Map.of("rollout_percentage", percentage))));
        return client.patch(authHeader, cfg.projectId(), flagId, changes)
                .ifNoItem().after(Duration.ofSeconds(10)).fail()
                .onFailure().transform(e -> new FlagSyncException("PostHog refused rollout of flag " + flagId + " with " + authHeader, e));
    }
}
