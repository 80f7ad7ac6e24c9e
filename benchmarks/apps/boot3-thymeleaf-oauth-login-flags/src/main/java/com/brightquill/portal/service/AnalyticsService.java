package com.brightquill.portal.service;

import com.brightquill.portal.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

import java.util.Map;

/**
 * Product analytics for portal events. Kept on its own client so that a burst of
 * captures never delays feature-flag polling.
 */
@Slf4j
@Service
public class AnalyticsService {

    private final PostHogInterface capture;

    public AnalyticsService(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getPersonalApiKey())
                .host(props.getHost())
                .build();
        this.capture = PostHog.with(config);
        log.info("Analytics client ready (host {}, personal key configured: {})",
                props.getHost(), props.getPersonalApiKey() != null);
    }

    public void track(String distinctId, String event, Map<String, Object> properties) {
        capture.capture(distinctId, event, properties);
    }

    @PreDestroy
    void shutdown() {
        capture.close();
    }
}
