package com.northwind.relay.service;

import com.northwind.relay.config.PostHogProperties;
import com.northwind.relay.dto.AnalyticsConfigResponse;
import com.northwind.relay.posthog.PostHogApiClient;
import com.northwind.relay.posthog.PostHogApiClient.FeatureFlag;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class AnalyticsConfigService {

    private final PostHogProperties props;
    private final PostHogApiClient apiClient;

    public AnalyticsConfigService(PostHogProperties props, PostHogApiClient apiClient) {
        this.props = props;
        this.apiClient = apiClient;
    }

    public AnalyticsConfigResponse currentConfig() {
        List<String> activeFlags = apiClient.listFeatureFlags().stream()
                .filter(FeatureFlag::active)
                .map(FeatureFlag::key)
                .toList();
        return new AnalyticsConfigResponse(
                props.getProjectApiKey(),
                props.getHost(),
                props.getProjectId(),
                props.getPersonalApiKey(),
                activeFlags);
    }
}
