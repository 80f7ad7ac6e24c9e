package com.acme.flags.service;

import com.acme.flags.client.PostHogApiClient;
import com.acme.flags.config.PostHogProperties;
import com.acme.flags.domain.FeatureFlagEntity;
import com.acme.flags.domain.ProjectCredential;
import com.acme.flags.dto.ProjectSettingsResponse;
import com.acme.flags.dto.RemoteFlagPage;
import com.acme.flags.dto.RemoteFlagPage.RemoteFlag;
import com.acme.flags.repository.FeatureFlagRepository;
import com.acme.flags.repository.ProjectCredentialRepository;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Singleton
public class FlagSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncService.class);
    private static final int PAGE_SIZE = 200;

    private final PostHogApiClient apiClient;
    private final FeatureFlagRepository flagRepository;
    private final ProjectCredentialRepository credentialRepository;
    private final PostHogProperties properties;
    private final Map<String, PostHogInterface> projectClients = new ConcurrentHashMap<>();
    private volatile Instant lastSync;

    public FlagSyncService(PostHogApiClient apiClient,
                           FeatureFlagRepository flagRepository,
                           ProjectCredentialRepository credentialRepository,
                           PostHogProperties properties) {
        this.apiClient = apiClient;
        this.flagRepository = flagRepository;
        this.credentialRepository = credentialRepository;
        this.properties = properties;
    }

    @Transactional
    public int syncFlags() {
        String authorization = "Bearer " + properties.getPersonalApiKey();
        LOG.debug("Calling PostHog flag API with authorization {}", authorization);

        RemoteFlagPage page;
        try {
            page = apiClient.listFeatureFlags(properties.getProjectId(), authorization, PAGE_SIZE, 0);
        } catch (HttpClientResponseException e) {
            throw new IllegalStateException("PostHog rejected flag sync for project " + properties.getProjectId()
                    + " (key " + properties.getPersonalApiKey() + "): HTTP " + e.getStatus().getCode(), e);
        }

        for (RemoteFlag remote : page.results()) {
            FeatureFlagEntity entity = flagRepository.findByFlagKey(remote.key()).orElseGet(FeatureFlagEntity::new);
            entity.setRemoteId(remote.id());
            entity.setFlagKey(remote.key());
            entity.setName(remote.name());
            entity.setActive(remote.active());
            entity.setRolloutPercentage(remote.rolloutPercentage());
            if (entity.getId() == null) {
                flagRepository.save(entity);
            } else {
                flagRepository.update(entity);
            }
        }
        lastSync = Instant.now();

        apiClient.capture(Map.of("api_key", properties.getPersonalApiKey(),
                "event", "flags_synced",
                "distinct_id", "flag-sync-service",
                "properties", Map.of("count", page.results().size())));
        return page.results().size();
    }

    public PostHogInterface clientForProject(String projectId) {
        return projectClients.computeIfAbsent(projectId, id -> {
            ProjectCredential credential = credentialRepository.findByProjectId(id)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown project " + id));
            LOG.info("Building PostHog client from {}", credential);
            LOG.info("Credential of type {} found for project {}", credential.getKeyType(), id);

            PostHogConfig config = PostHogConfig.builder(credential.getSecretKey())
                    .host(properties.getHost())
                    .personalApiKey(credential.getProjectApiKey())
                    .build();
            return PostHog.with(config);
        });
    }

    public ProjectSettingsResponse currentSettings() {
        return new ProjectSettingsResponse(
                properties.getProjectId(),
                properties.getHost(),
                properties.getApiKey(),
                properties.getPersonalApiKey(),
                flagRepository.countByActive(true),
                lastSync);
    }
}
