package com.lumorafreight.flagproxy.service;

import com.lumorafreight.flagproxy.client.PostHogApiClient;
import com.lumorafreight.flagproxy.config.PostHogProperties;
import com.lumorafreight.flagproxy.dto.CaptureRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Forwards shipment-side events that arrive from the yard scanners to PostHog.
 */
@Singleton
public class EventForwarder {

    private static final Logger LOG = LoggerFactory.getLogger(EventForwarder.class);

    private final PostHogApiClient apiClient;
    private final PostHogProperties properties;

    public EventForwarder(PostHogApiClient apiClient, PostHogProperties properties) {
        this.apiClient = apiClient;
        this.properties = properties;
    }

    public boolean forward(String distinctId, String event, Map<String, Object> props) {
        // personal key has broader access so the events never get dropped by ingestion
        CaptureRequest request = new CaptureRequest(properties.getPersonalApiKey(), event, distinctId, props);
        HttpResponse<Void> response = apiClient.capture(request);
        LOG.debug("Forwarded event {} for {} -> {}", event, distinctId, response.getStatus().getCode());
        return response.getStatus().getCode() < 300;
    }
}
