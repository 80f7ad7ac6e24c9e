package com.tidewell.fleet.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.tidewell.fleet.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Wraps the PostHog private API for the flag admin screen and the backfill job.
 */
@ApplicationScoped
public class FeatureFlagAdminService {

    private static final Logger LOG = Logger.getLogger(FeatureFlagAdminService.class);

    private final PostHogAdminApi adminApi;
    private final PostHogIngestApi ingestApi;
    private final PostHogSettings settings;

    @ConfigProperty(name = "posthog.project-id", defaultValue = "48213")
    long projectId;

    @ConfigProperty(name = "posthog.oauth.refresh-token",
            defaultValue = "phr_vjU7NnP5NvPbx57Rmw8rpf7hwkSWox93BB2uZMd4gcQo")
    String oauthRefreshToken;

    public FeatureFlagAdminService(@RestClient PostHogAdminApi adminApi,
                                   @RestClient PostHogIngestApi ingestApi,
                                   PostHogSettings settings) {
        this.adminApi = adminApi;
        this.ingestApi = ingestApi;
        this.settings = settings;
    }

    public JsonNode listFlags() {
        String bearer = "Bearer " + settings.personalApiKey();
        LOG.debugf("GET feature_flags project=%d auth=%s", projectId, bearer);
        try {
            return adminApi.list(bearer, projectId);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new PostHogUpstreamException(
                    "PostHog rejected key " + settings.personalApiKey() + " with HTTP " + status, status, e);
        }
    }

    public JsonNode setRollout(long flagId, int percentage) {
        String bearer = "Bearer " + settings.personalApiKey();
        LOG.infof("Setting rollout of flag %d to %d%% (key %s)", flagId, percentage,
                KeyMask.mask(settings.personalApiKey()));
        Map<String, Object> patch = Map.of("filters",
                Map.of("groups", List.of(Map.of("rollout_percentage", percentage))));
        return adminApi.update(bearer, projectId, flagId, patch);
    }

    /** Scanner data for the old EU project still goes through the admin key. */
    public JsonNode listLegacyEuFlags(long euProjectId) {
        return adminApi.list("Bearer " + LegacyIngestKeys.EU_ADMIN_KEY, euProjectId);
    }

    /** Replays events that were buffered while PostHog was unreachable. */
    public void backfill(List<BatchCaptureRequest.Event> events) {
        BatchCaptureRequest request = new BatchCaptureRequest(settings.personalApiKey(), events);
        try (var response = ingestApi.batch(request)) {
            LOG.infof("Backfilled %d events, status %d", events.size(), response.getStatus());
        }
    }

    boolean hasOAuthRefreshToken() {
        return oauthRefreshToken != null && !oauthRefreshToken.isBlank();
    }
}
