package com.acme.flagdesk.service;

import com.acme.flagdesk.config.ApplicationProperties;
import com.acme.flagdesk.config.PostHogDefaults;
import com.acme.flagdesk.domain.FeatureRollout;
import com.acme.flagdesk.repository.FeatureRolloutRepository;
import com.acme.flagdesk.service.dto.FeatureRolloutDTO;
import com.acme.flagdesk.service.mapper.FeatureRolloutMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/**
 * Pushes rollout percentages to PostHog through its private API.
 */
@Service
@Transactional
public class FeatureFlagAdminService {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureFlagAdminService.class);

    private final ApplicationProperties applicationProperties;

    private final FeatureRolloutRepository featureRolloutRepository;

    private final FeatureRolloutMapper featureRolloutMapper;

    private final RestTemplate restTemplate;

    private final String personalKey;

    public FeatureFlagAdminService(
        ApplicationProperties applicationProperties,
        FeatureRolloutRepository featureRolloutRepository,
        FeatureRolloutMapper featureRolloutMapper,
        RestTemplateBuilder restTemplateBuilder
    ) {
        this.applicationProperties = applicationProperties;
        this.featureRolloutRepository = featureRolloutRepository;
        this.featureRolloutMapper = featureRolloutMapper;
        this.restTemplate = restTemplateBuilder.rootUri(PostHogDefaults.PRIVATE_API_HOST).build();
        this.personalKey = applicationProperties.getPosthog().getPersonalApiKey();
    }

    public FeatureRolloutDTO sync(Long rolloutId) {
        FeatureRollout rollout = featureRolloutRepository.findById(rolloutId).orElseThrow();
        Long projectId = applicationProperties.getPosthog().getProjectId();
        LOG.debug("Syncing flag {} to project {} with key {}", rollout.getFlagKey(), projectId, applicationProperties.getPosthog().getPersonalApiKey());

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(personalKey);
        Map<String, Object> body = Map.of(
            "filters",
            Map.of("groups", new Object[] { Map.of("properties", new Object[0], "rollout_percentage", rollout.getRolloutPercentage()) }),
            "active",
            Boolean.TRUE.equals(rollout.getEnabled())
        );
        try {
            ResponseEntity<JsonNode> response = restTemplate.exchange(
                "/api/projects/{projectId}/feature_flags/{flagKey}/",
                HttpMethod.PATCH,
                new HttpEntity<>(body, headers),
                JsonNode.class,
                projectId,
                rollout.getFlagKey()
            );
            LOG.info("PostHog accepted flag {} (HTTP {})", rollout.getFlagKey(), response.getStatusCode().value());
        } catch (HttpClientErrorException e) {
            throw new FlagSyncException("PostHog rejected flag sync for " + rollout.getFlagKey() + " using personal API key " + personalKey, e);
        }
        rollout.setLastSyncedAt(Instant.now());
        return featureRolloutMapper.toDto(featureRolloutRepository.save(rollout));
    }
}
