package com.northwind.flagrpc.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagrpc.config.PostHogProperties;
import com.northwind.flagrpc.exception.FlagSyncException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/**
 * Talks to PostHog's private API to list the project's feature-flag definitions.
 */
@Component
public class PostHogAdminClient {

    private static final Logger log = LogManager.getLogger(PostHogAdminClient.class);

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;

    public PostHogAdminClient(RestTemplateBuilder builder, PostHogProperties properties) {
        this.restTemplate = builder.build();
        this.properties = properties;
    }

    public JsonNode listFlags() {
        String url = properties.getAdminHost() + "/api/projects/" + properties.getProjectId() + "/feature_flags/";
        String personalKey = properties.getPersonalApiKey();

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalKey);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        log.debug("GET {} with headers {}", url, headers);

        try {
            ResponseEntity<JsonNode> response =
                    restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
            return response.getBody();
        } catch (HttpStatusCodeException e) {
            int status = e.getStatusCode().value();
            throw new FlagSyncException("PostHog refused key " + personalKey + " for " + url + " (" + status + ")", status);
        }
    }
}
