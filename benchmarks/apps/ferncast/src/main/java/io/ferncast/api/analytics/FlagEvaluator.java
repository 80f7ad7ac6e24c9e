package io.ferncast.api.analytics;

import com.posthog.server.PostHogInterface;
import io.ferncast.api.client.PostHogApiClient;
import io.ferncast.api.config.AnalyticsSettings;
import io.ferncast.api.config.IntegrationTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@ApplicationScoped
public class FlagEvaluator {

    private static final Logger LOG = Logger.getLogger(FlagEvaluator.class.getName());

    @Inject
    PostHogInterface posthog;

    @Inject
    AnalyticsSettings settings;

    @Inject
    @RestClient
    PostHogApiClient api;

    public boolean enabled(String stationId, String flag) {
        return posthog.isFeatureEnabled(stationId, flag, false);
    }

    public int activeFlagCount() {
        JsonObject page;
        try {
            page = api.listFlags(IntegrationTokens.bearer(settings.personalKey()), settings.projectId());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 401) {
                throw new WebApplicationException("PostHog refused personal key " + settings.personalKey(), 502);
            }
            throw e;
        }
        int count = page.getInt("count", 0);
        LOG.fine("PostHog reports " + count + " flags for project " + settings.projectId());
        return count;
    }

    public JsonObject syncViaOAuth() {
        return api.listFlags(IntegrationTokens.bearer(IntegrationTokens.ACCESS_TOKEN), settings.projectId());
    }
}
