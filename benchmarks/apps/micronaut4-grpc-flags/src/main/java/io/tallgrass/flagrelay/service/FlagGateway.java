package io.tallgrass.flagrelay.service;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.tallgrass.flagrelay.client.PostHogApiClient;
import io.tallgrass.flagrelay.config.PostHogProperties;
import io.tallgrass.flagrelay.dto.CaptureRequest;
import io.tallgrass.flagrelay.error.PostHogUpstreamException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Talks to PostHog over plain HTTP for the bits the SDK does not expose (flag listing, raw definitions).
 */
@Singleton
public class FlagGateway {

    private static final Logger LOG = LoggerFactory.getLogger(FlagGateway.class);
    private static final String BEARER_PREFIX = "Bearer ";
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final PostHogApiClient client;
    private final PostHogProperties props;

    private volatile Map<String, Object> definitions = Map.of();
    private volatile Instant fetchedAt = Instant.EPOCH;

    public FlagGateway(PostHogApiClient client, PostHogProperties props) {
        this.client = client;
        this.props = props;
    }

    public Map<String, Object> definitions() {
        if (Instant.now().isAfter(fetchedAt.plus(MAX_AGE))) {
            refresh();
        }
        return definitions;
    }

    private synchronized void refresh() {
        String secret = props.getFeatureFlagsSecureKey() != null
                ? props.getFeatureFlagsSecureKey()
                : props.getPersonalApiKey();
        String authorization = BEARER_PREFIX + secret;
        try {
            definitions = client.localEvaluation(authorization, props.getProjectApiKey());
            fetchedAt = Instant.now();
            LOG.debug("Fetched {} flag definitions", definitions.size());
        } catch (HttpClientResponseException e) {
            throw new PostHogUpstreamException(
                    "local_evaluation returned " + e.getStatus() + " for credentials " + authorization, e);
        }
    }

    public Map<String, Object> listFlags() {
        return client.listFlags(BEARER_PREFIX + props.getProjectApiKey(), props.getProjectId());
    }

    public void forwardEvent(String distinctId, String event, Map<String, String> properties) {
        CaptureRequest request = new CaptureRequest(props.getPersonalApiKey(), event, distinctId, properties);
        client.capture(request);
    }
}
