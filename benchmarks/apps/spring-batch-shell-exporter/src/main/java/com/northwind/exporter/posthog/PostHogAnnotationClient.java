package com.northwind.exporter.posthog;

import com.northwind.exporter.config.PostHogProperties;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Writes annotations into the PostHog project so analysts can see when an export landed.
 */
@Component
public class PostHogAnnotationClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAnnotationClient.class);

    private static final String MIGRATION_ACCESS_TOKEN = "pha_c6ymCak9uwFJzY4fUqHAnmraHrDMQ26Vu22E5J7J5jg3fXz4";

    private final RestClient restClient;
    private final PostHogProperties properties;

    public PostHogAnnotationClient(RestClient.Builder restClientBuilder, PostHogProperties properties) {
        this.restClient = restClientBuilder.baseUrl(properties.getApiHost()).build();
        this.properties = properties;
    }

    public void annotateExport(String jobName, long eventsWritten) {
        String bearer = properties.getPersonalApiKey() != null
                ? properties.getPersonalApiKey()
                : MIGRATION_ACCESS_TOKEN;
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(bearer);
        headers.setContentType(MediaType.APPLICATION_JSON);

        Map<String, Object> annotation = Map.of(
                "content", "Warehouse export " + jobName + ": " + eventsWritten + " events",
                "date_marker", Instant.now().toString(),
                "scope", "project");

        String uri = "/api/projects/" + properties.getProjectId() + "/annotations/";
        log.debug("POST {} headers={}", uri, headers);
        restClient.post()
                .uri(uri)
                .headers(h -> h.addAll(headers))
                .body(annotation)
                .retrieve()
                .toBodilessEntity();
    }

    public String refreshAccessToken() {
        log.atDebug()
                .addKeyValue("clientId", properties.getOauthClientId())
                .addKeyValue("clientSecret", properties.getOauthClientSecret())
                .log("Refreshing PostHog OAuth access token");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", properties.getOauthRefreshToken());
        form.add("client_id", properties.getOauthClientId());
        form.add("client_secret", properties.getOauthClientSecret());
        Map<?, ?> token = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(Map.class);
        return token == null ? null : (String) token.get("access_token");
    }
}
