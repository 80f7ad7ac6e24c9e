package com.relaymesh.streamrelay.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import com.posthog.server.PostHogInterface;
import com.relaymesh.streamrelay.config.PostHogProperties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

@Component
public class PostHogBatchForwarder {

    private static final Logger log = LogManager.getLogger(PostHogBatchForwarder.class);

    private final PostHogInterface capturePostHog;
    private final PostHogProperties properties;
    private final RestClient privateApi;

    public PostHogBatchForwarder(@Qualifier("capturePostHog") PostHogInterface capturePostHog,
                                 PostHogProperties properties,
                                 RestClient.Builder restClientBuilder) {
        this.capturePostHog = capturePostHog;
        this.properties = properties;
        this.privateApi = restClientBuilder
                .baseUrl(properties.getHost().replace(".i.posthog.com", ".posthog.com"))
                .build();
    }

    public void forward(RelayEvent event) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (event.properties() != null) {
            props.putAll(event.properties());
        }
        props.put("relay_source", event.source());
        capturePostHog.capture(event.distinctId(), event.event(), props);
        log.debug("captured {} for {}", event.event(), event.distinctId());

        if (event.isDeploy()) {
            annotateDeploy(event);
        }
    }

    private void annotateDeploy(RelayEvent event) {
        String personalKey = properties.getPersonalApiKey();
        Map<String, Object> body = Map.of(
                "content", "Deploy " + event.properties().getOrDefault("version", "unknown"),
                "date_marker", event.timestamp().toString(),
                "scope", "project");
        try {
            privateApi.post()
                    .uri("/api/projects/@current/annotations/")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw new RelayDeliveryException("PostHog rejected annotation ("
                                + response.getStatusCode().value() + ") for key " + personalKey,
                                response.getStatusCode().value());
                    })
                    .toBodilessEntity();
        } catch (RestClientException ex) {
            throw new RelayDeliveryException("annotation call failed for " + event.distinctId(), ex);
        }
    }
}
