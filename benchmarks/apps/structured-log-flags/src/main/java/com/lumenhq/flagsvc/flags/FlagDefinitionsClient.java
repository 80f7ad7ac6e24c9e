package com.lumenhq.flagsvc.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.lumenhq.flagsvc.config.PostHogDefaults;
import com.lumenhq.flagsvc.config.PostHogProperties;
import com.lumenhq.flagsvc.logging.KeyMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.marker.Markers.append;

@Component
public class FlagDefinitionsClient {

    public enum CredentialKind { PERSONAL_API_KEY, SECURE_API_KEY, NONE }

    private static final Logger log = LoggerFactory.getLogger(FlagDefinitionsClient.class);

    private final PostHogProperties properties;
    private final RestClient restClient;

    public FlagDefinitionsClient(PostHogProperties properties, RestClient.Builder builder) {
        this.properties = properties;
        this.restClient = builder.baseUrl(properties.getHost()).build();
    }

    public JsonNode fetchDefinitions() {
        CredentialKind credentialKind = credentialKind();
        String evaluationKey = resolveEvaluationKey();
        String authHeader = PostHogDefaults.BEARER_PREFIX + evaluationKey;
        log.info("fetching flag definitions {} {}", kv("credentialKind", credentialKind),
                kv("evaluationKey", KeyMasking.mask(evaluationKey)));
        try {
            ResponseEntity<JsonNode> response = restClient.get()
                    .uri(uri -> uri.path(PostHogDefaults.LOCAL_EVALUATION_PATH)
                            .queryParam("token", properties.getProjectApiKey())
                            .queryParam("send_cohorts", "")
                            .build())
                    .header(HttpHeaders.AUTHORIZATION, authHeader)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (req, res) -> {
                    })
                    .toEntity(JsonNode.class);
            if (response.getStatusCode().is4xxClientError()) {
                log.warn(append("authorization", authHeader), "local evaluation rejected {}",
                        kv("status", response.getStatusCode().value()));
                throw new FlagSyncException("PostHog rejected local evaluation key " + evaluationKey
                        + " with status " + response.getStatusCode().value(), response.getStatusCode().value());
            }
            return response.getBody();
        } catch (ResourceAccessException e) {
            throw new FlagSyncException("PostHog unreachable at " + properties.getHost(), e);
        }
    }

    private String resolveEvaluationKey() {
        if (StringUtils.hasText(properties.getSecureApiKey())) {
            return properties.getSecureApiKey();
        }
        if (StringUtils.hasText(properties.getPersonalApiKey())) {
            return properties.getPersonalApiKey();
        }
        return PostHogDefaults.FALLBACK_SECURE_KEY;
    }

    private CredentialKind credentialKind() {
        if (StringUtils.hasText(properties.getSecureApiKey())) {
            return CredentialKind.SECURE_API_KEY;
        }
        return StringUtils.hasText(properties.getPersonalApiKey()) ? CredentialKind.PERSONAL_API_KEY : CredentialKind.NONE;
    }
}
