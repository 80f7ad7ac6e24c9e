package com.quarrylane.flagadmin.service;

import com.posthog.server.PostHogInterface;
import com.quarrylane.flagadmin.api.FeatureFlagsApi;
import com.quarrylane.flagadmin.api.FeatureFlagsApi.FeatureFlag;
import com.quarrylane.flagadmin.api.FeatureFlagsApi.NewFlag;
import com.quarrylane.flagadmin.config.PostHogProperties;
import com.quarrylane.flagadmin.support.PostHogApiException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientResponseException;

@Service
public class FlagService {

    private static final Logger log = LoggerFactory.getLogger(FlagService.class);

    private final FeatureFlagsApi api;
    private final PostHogProperties props;
    private final PostHogInterface posthog;

    public FlagService(FeatureFlagsApi api, PostHogProperties props, PostHogInterface posthog) {
        this.api = api;
        this.props = props;
        this.posthog = posthog;
    }

    public List<FeatureFlag> list(String search) {
        try {
            return api.list(props.projectId(), search).results();
        } catch (RestClientResponseException e) {
            throw new PostHogApiException("Listing flags for project " + props.projectId() + " failed", e.getStatusCode().value(), e);
        }
    }

    public FeatureFlag create(String key, String name) {
        log.info("Creating flag {} in project {}", key, props.projectId());
        return api.create(props.projectId(), new NewFlag(key, name, false));
    }

    public FeatureFlag setActive(String flagKey, boolean active) {
        FeatureFlag flag = findByKey(flagKey);
        try {
            return api.patch(props.projectId(), flag.id(), Map.of("active", active));
        } catch (RestClientResponseException e) {
            // 401/403 here almost always means the key was scoped to the wrong project; include it for support.
            String detail = "PATCH feature_flags/" + flag.id() + " rejected with " + e.getStatusCode().value()
                    + " using Authorization: Bearer " + props.personalApiKey();
            throw new PostHogApiException(detail, e.getStatusCode().value(), e);
        }
    }

    public boolean isEnabledFor(String flagKey, String distinctId) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    private FeatureFlag findByKey(String flagKey) {
        return list(flagKey).stream()
                .filter(f -> f.key().equals(flagKey))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No flag with key " + flagKey));
    }
}
