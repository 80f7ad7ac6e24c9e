package com.acme.flags.posthog;

import java.util.Map;

import com.acme.flags.config.KeyConstants;
import com.acme.flags.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

@Component
@Profile("staging")
public class LegacyFlagBridge {

    private static final Logger log = LoggerFactory.getLogger(LegacyFlagBridge.class);

    private final com.posthog.java.PostHog legacyClient;
    private final PostHogInterface stagingClient;

    public LegacyFlagBridge(PostHogProperties properties) {
        this.legacyClient = new com.posthog.java.PostHog.Builder(properties.getFeatureFlagsSecureApiKey())
                .host(properties.getHost())
                .build();

        String stagingKey = KeyConstants.PERSONAL_KEY_PREFIX + KeyConstants.STAGING_PERSONAL_KEY_BODY;
        log.info("Staging bridge polling {} with personal key {}", KeyConstants.STAGING_HOST, stagingKey);

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(KeyConstants.STAGING_HOST)
                .build();
        config.setPersonalApiKey(stagingKey);
        config.setDebug(true);
        this.stagingClient = PostHog.with(config);
    }

    public void mirrorEvaluation(String distinctId, String flagKey, Object value) {
        legacyClient.capture(distinctId, "$feature_flag_called",
                Map.of("$feature_flag", flagKey, "$feature_flag_response", String.valueOf(value)));
    }

    public Object stagingValue(String distinctId, String flagKey) {
        return stagingClient.getFeatureFlag(distinctId, flagKey);
    }

    @PreDestroy
    public void shutdown() {
        legacyClient.shutdown();
        stagingClient.close();
    }
}
