package com.larkspur.flagdesk.service;

import com.larkspur.flagdesk.client.CaptureRequest;
import com.larkspur.flagdesk.client.PostHogApiClient;
import com.larkspur.flagdesk.config.PostHogProperties;
import com.posthog.server.PostHogInterface;
import feign.FeignException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    private final PostHogApiClient api;
    private final PostHogProperties props;
    private final PostHogInterface postHog;

    public FeatureFlagService(PostHogApiClient api, PostHogProperties props, PostHogInterface postHog) {
        this.api = api;
        this.props = props;
        this.postHog = postHog;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> listFlags() {
        try {
            Map<String, Object> page = api.listFeatureFlags(props.projectId());
            List<Map<String, Object>> results = (List<Map<String, Object>>) page.getOrDefault("results", List.of());
            log.debug("Fetched {} feature flags for project {}", results.size(), props.projectId());
            return results;
        } catch (FeignException e) {
            throw new PostHogAdminException("Listing flags failed for project " + props.projectId()
                    + " (key " + props.personalApiKey() + "), upstream said " + e.status(), e.status(), e);
        }
    }

    public void toggleFlag(long flagId, boolean active, String actor) {
        api.updateFeatureFlag(props.projectId(), flagId, Map.of("active", active));
        // Audit events go through the admin client so they share its retry policy.
        api.capture(CaptureRequest.of(props.personalApiKey(), "flagdesk flag toggled", actor,
                Map.of("flag_id", flagId, "active", active)));
        log.info("Flag {} set active={} by {}", flagId, active, actor);
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        return postHog.isFeatureEnabled(distinctId, flagKey, false);
    }
}
