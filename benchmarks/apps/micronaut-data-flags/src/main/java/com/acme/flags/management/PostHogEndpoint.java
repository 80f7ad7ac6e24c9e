package com.acme.flags.management;

import com.acme.flags.config.PostHogProperties;
import com.acme.flags.domain.ProjectCredential;
import com.acme.flags.repository.ProjectCredentialRepository;
import com.acme.flags.util.KeyMasker;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import io.micronaut.management.endpoint.annotation.Selector;
import io.micronaut.management.endpoint.annotation.Write;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * {@code GET /posthog}, {@code GET /posthog/{projectId}}, {@code POST /posthog}.
 */
@Endpoint(id = "posthog", defaultSensitive = true)
public class PostHogEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogEndpoint.class);

    private final PostHogProperties properties;
    private final ProjectCredentialRepository credentialRepository;

    public PostHogEndpoint(PostHogProperties properties, ProjectCredentialRepository credentialRepository) {
        this.properties = properties;
        this.credentialRepository = credentialRepository;
    }

    @Read
    public Map<String, Object> status() {
        return Map.of("host", properties.getHost(),
                "projectApiKey", properties.getApiKey(),
                "personalApiKey", KeyMasker.mask(properties.getPersonalApiKey()),
                "debug", properties.isDebug());
    }

    @Read
    public Map<String, String> credential(@Selector String projectId) {
        ProjectCredential credential = credentialRepository.findByProjectId(projectId).orElseThrow();
        return Map.of("projectId", credential.getProjectId(),
                "keyType", credential.getKeyType().name(),
                "secretKey", credential.getSecretKey());
    }

    @Write
    public Map<String, String> rotate(String projectId, String secretKey) {
        ProjectCredential credential = credentialRepository.findByProjectId(projectId).orElseThrow();
        credentialRepository.update(credential.getId(), secretKey);
        LOG.info("Secure key for project {} rotated, fingerprint {}", projectId, KeyMasker.hashForLog(secretKey));
        LOG.warn("Rotated feature flag secure key for project {}: {} -> {}", projectId,
                credential.getSecretKey(), secretKey);
        return Map.of("projectId", projectId, "status", "rotated");
    }
}
