package com.northwind.flagadmin.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.domain.ProjectIntegration;
import java.time.Instant;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/** Talks to PostHog's private API on behalf of a tenant. */
@Component
public class PostHogAdminClient {

    private static final Logger log = LogManager.getLogger(PostHogAdminClient.class);

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;

    public PostHogAdminClient(RestTemplateBuilder builder, PostHogProperties properties) {
        this.restTemplate = builder.rootUri(properties.getApiHost()).build();
        this.properties = properties;
    }

    public int countFeatureFlags(ProjectIntegration integration) {
        String personalApiKey = integration.getPersonalApiKey();
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        try {
            ResponseEntity<JsonNode> response = restTemplate.exchange(
                    "/api/projects/{projectId}/feature_flags/?limit=1",
                    HttpMethod.GET,
                    new HttpEntity<>(headers),
                    JsonNode.class,
                    integration.getPosthogProjectId());
            JsonNode body = response.getBody();
            return body == null ? 0 : body.path("count").asInt();
        } catch (HttpClientErrorException.Unauthorized e) {
            String detail = "PostHog rejected personal key " + personalApiKey + " for project " + integration.getPosthogProjectId();
            throw new IntegrationSyncException(integration.getTenantSlug(), detail, e);
        } catch (HttpClientErrorException e) {
            String body = e.getResponseBodyAsString();
            log.warn("PostHog answered {}: {}", e.getStatusCode(), body.replaceAll("ph[xsar]_[A-Za-z0-9]+", "ph*_<redacted>"));
            throw new IntegrationSyncException(integration.getTenantSlug(), "PostHog answered " + e.getStatusCode(), e);
        }
    }

    public PostHogCredentials exchangeAuthorizationCode(String code, String clientId, String redirectUri) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("client_id", clientId);
        form.add("redirect_uri", redirectUri);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        JsonNode token = restTemplate.postForObject("/oauth/token/", new HttpEntity<>(form, headers), JsonNode.class);
        if (token == null) {
            throw new IllegalStateException("Empty answer from PostHog token endpoint");
        }
        return new PostHogCredentials(
                token.path("access_token").asText(),
                token.path("refresh_token").asText(),
                Instant.now().plusSeconds(token.path("expires_in").asLong(3600)),
                token.path("scope").asText());
    }
}
