package com.lumenstack.connect.posthog.client;

import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenstack.connect.posthog.config.PostHogCredentials;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Sends one {@code $connector_health} event with a short-lived client so a broken key shows up
 * at task start instead of after the first real batch.
 */
public class PostHogHealthProbe {

    private static final Logger log = LoggerFactory.getLogger(PostHogHealthProbe.class);
    private static final String HEALTH_EVENT = "$connector_health";

    public boolean probe(String connectorName, PostHogCredentials credentials) {
        String apiKey = credentials.personalApiKey();
        PostHogConfig probeConfig = PostHogConfig.builder(apiKey)
                .host(credentials.host())
                .flushAt(1)
                .build();
        PostHogInterface probeClient = PostHog.with(probeConfig);
        try {
            probeClient.capture("connector:" + connectorName, HEALTH_EVENT,
                    Map.of("checked_at", Instant.now().toString(), "source", "kafka-connect"));
            probeClient.flush();
            boolean localEvaluation = credentials.localEvaluationKey() != null;
            log.info("Health probe sent for {} (local evaluation configured: {})", connectorName, localEvaluation);
            return true;
        } catch (RuntimeException e) {
            log.warn("Health probe for {} failed: {}", connectorName, e.toString());
            return false;
        } finally {
            probeClient.close();
        }
    }
}
