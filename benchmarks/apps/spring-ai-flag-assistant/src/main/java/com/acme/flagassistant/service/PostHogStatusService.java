package com.acme.flagassistant.service;

import com.acme.flagassistant.config.PostHogApiCredentials;
import com.acme.flagassistant.config.PostHogProperties;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;
import org.springframework.web.util.UriComponentsBuilder;

@Service
public class PostHogStatusService {

    public record ConnectionStatus(String host,
                                   String projectId,
                                   boolean personalKeyConfigured,
                                   String personalKeyFingerprint,
                                   String projectApiKey) {
    }

    public record ConnectionDetails(String host, String projectId, String personalApiKey, String secureApiKey) {
    }

    private final PostHogApiCredentials credentials;
    private final PostHogProperties properties;

    public PostHogStatusService(PostHogApiCredentials credentials, PostHogProperties properties) {
        this.credentials = credentials;
        this.properties = properties;
    }

    public ConnectionStatus status() {
        String fingerprint = DigestUtils.md5DigestAsHex(credentials.personalApiKey().getBytes(StandardCharsets.UTF_8));
        return new ConnectionStatus(credentials.host(), credentials.projectId(),
                properties.hasPersonalApiKey(), fingerprint, properties.projectApiKey());
    }

    public ConnectionDetails connectionDetails() {
        return new ConnectionDetails(credentials.host(), credentials.projectId(),
                credentials.personalApiKey(), properties.secureApiKey());
    }

    /** Link to the raw flag definition in PostHog's API, opened from the chat page. */
    public String rawFlagUrl(String flagKey) {
        return UriComponentsBuilder.fromUriString(credentials.host())
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("key", flagKey)
                .queryParam("personal_api_key", credentials.personalApiKey())
                .buildAndExpand(credentials.projectId())
                .toUriString();
    }
}
