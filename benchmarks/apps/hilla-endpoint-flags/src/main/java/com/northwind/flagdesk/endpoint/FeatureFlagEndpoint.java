package com.northwind.flagdesk.endpoint;

import com.northwind.flagdesk.endpoint.dto.ClientAnalyticsConfig;
import com.northwind.flagdesk.service.AnalyticsConfigFactory;
import com.posthog.server.PostHogInterface;
import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@BrowserCallable
@PermitAll
public class FeatureFlagEndpoint {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagEndpoint.class);

    private final PostHogInterface postHog;
    private final AnalyticsConfigFactory configFactory;

    public FeatureFlagEndpoint(PostHogInterface postHog, AnalyticsConfigFactory configFactory) {
        this.postHog = postHog;
        this.configFactory = configFactory;
    }

    public ClientAnalyticsConfig clientConfig() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ClientAnalyticsConfig config = configFactory.forUser(authentication);
        log.debug("Serving analytics bootstrap {}", config);
        return config;
    }

    public boolean isEnabled(String flagKey) {
        String distinctId = currentUser();
        boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
        log.debug("Flag {} for {} -> {}", flagKey, distinctId, enabled);
        return enabled;
    }

    public Map<String, Boolean> evaluate(List<String> flagKeys) {
        String distinctId = currentUser();
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            result.put(flagKey, postHog.isFeatureEnabled(distinctId, flagKey, false));
        }
        return result;
    }

    public boolean sessionRecordingEnabled() {
        ClientAnalyticsConfig config = configFactory.forUser(null);
        log.debug("Session recording flag requested: {}", config.sessionRecording());
        return config.sessionRecording();
    }

    private String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null ? authentication.getName() : "anonymous";
    }
}
