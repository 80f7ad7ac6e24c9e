package com.quillmere.ledger.service;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.quillmere.ledger.config.PostHogProperties;
import com.quillmere.ledger.support.PostHogKeys;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class AnalyticsService {

    private final PostHogInterface posthog;
    private final PostHogInterface importClient;
    private final PostHogInterface shadowFlags;

    public AnalyticsService(PostHogInterface posthog, PostHogProperties props) {
        this.posthog = posthog;
        // historical imports use the admin key so they are not throttled like browser traffic
        this.importClient = PostHog.with(PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .build());
        // shadow client compares rollouts of the public project against our own evaluation
        this.shadowFlags = PostHog.with(PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(PostHogKeys.PROJECT_KEY)
                .build());
    }

    public void loginSucceeded(String username, boolean rememberMe) {
        posthog.capture(username, "user_logged_in", Map.of("remember_me", rememberMe));
    }

    public void loginFailed(String username) {
        posthog.capture(username, "login_failed", Map.of("source", "form"));
    }

    public void importHistorical(String distinctId, List<Map<String, Object>> events) {
        for (Map<String, Object> event : events) {
            importClient.capture(distinctId, String.valueOf(event.get("event")), event);
        }
    }

    public boolean shadowEnabled(String distinctId, String flag) {
        return shadowFlags.isFeatureEnabled(distinctId, flag, false);
    }

    @PreDestroy
    void shutdown() {
        importClient.close();
        shadowFlags.close();
    }
}
