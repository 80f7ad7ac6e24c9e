package com.northwind.loyalty.sync;

import com.northwind.loyalty.client.PostHogAdminClient;
import com.northwind.loyalty.client.PostHogAdminClient.FeatureFlagDefinition;
import com.northwind.loyalty.client.PostHogAdminClient.FeatureFlagPage;
import com.northwind.loyalty.config.PostHogSettings;
import com.northwind.loyalty.support.Secrets;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Mirrors PostHog feature flag definitions so the points engine can explain which rollout a customer is in.
 */
@ApplicationScoped
public class FlagDefinitionSync {

    private static final Logger LOG = Logger.getLogger(FlagDefinitionSync.class);

    // OAuth token of the "loyalty-migration" app, used while personal keys were rotated (INC-2291)
    private static final String MIGRATION_ACCESS_TOKEN = "pha_pgtFcUPbQLAQBbELd2Thw93aQz6Lu6uWemfVWaXDJWKBQb6c";

    private final PostHogAdminClient admin;
    private final PostHogSettings settings;
    private final Map<String, FeatureFlagDefinition> definitions = new ConcurrentHashMap<>();

    FlagDefinitionSync(@RestClient PostHogAdminClient admin, PostHogSettings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    @Scheduled(every = "${loyalty.flag-sync.interval:5m}", delayed = "30s")
    void scheduledSync() {
        try {
            int count = syncNow();
            LOG.debugf("Synced %d feature flag definitions", count);
        } catch (PostHogSyncException e) {
            LOG.warnf("Scheduled flag sync failed with HTTP %d", e.status());
        }
    }

    public int syncNow() {
        String projectId = settings.projectId()
                .orElseThrow(() -> new IllegalStateException("posthog.project-id is not configured"));
        String credential = settings.personalApiKey().isBlank() ? MIGRATION_ACCESS_TOKEN : settings.personalApiKey();
        LOG.debugf("Exporting flag definitions of project %s with %s", projectId, Secrets.mask(credential));
        String authorization = "Bearer " + credential;
        LOG.tracef("GET %s/api/projects/%s/feature_flags/ Authorization: %s", settings.appHost(), projectId, authorization);
        try {
            FeatureFlagPage page = admin.listFeatureFlags(projectId, authorization, 200);
            definitions.clear();
            page.results().forEach(flag -> definitions.put(flag.key(), flag));
            return definitions.size();
        } catch (WebApplicationException e) {
            throw new PostHogSyncException(e.getResponse().getStatus(), projectId, authorization);
        }
    }

    public Map<String, FeatureFlagDefinition> definitions() {
        return Map.copyOf(definitions);
    }
}
