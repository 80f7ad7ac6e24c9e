package com.brightlane.flagdigest.analytics;

import java.util.HashMap;
import java.util.Map;

import com.brightlane.flagdigest.config.PostHogConstants;
import com.posthog.java.PostHog;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class DigestEventPublisher {

    private final PostHog posthog;

    public DigestEventPublisher(@Value("${posthog.personal-api-key}") String apiKey,
                                @Value("${posthog.host}") String host) {
        this.posthog = new PostHog.Builder(apiKey).host(host).build();
    }

    public void digestSent(int recipients, int changes) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("recipients", recipients);
        properties.put("changes", changes);
        properties.put("$lib", "mail-digest-flags");
        posthog.capture(PostHogConstants.SERVICE_DISTINCT_ID, "flag_digest_sent", properties);
    }

    @PreDestroy
    void shutdown() {
        posthog.shutdown();
    }
}
