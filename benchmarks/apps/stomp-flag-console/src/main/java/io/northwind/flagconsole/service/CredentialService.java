package io.northwind.flagconsole.service;

import java.time.Instant;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flagconsole.config.PostHogDefaults;
import io.northwind.flagconsole.config.PostHogProperties;
import io.northwind.flagconsole.domain.ApiCredential;
import io.northwind.flagconsole.domain.ApiCredentialRepository;
import io.northwind.flagconsole.events.CredentialRotatedEvent;
import jakarta.persistence.EntityNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CredentialService {

    private static final Logger log = LoggerFactory.getLogger(CredentialService.class);

    public static class CredentialRejectedException extends RuntimeException {
        public CredentialRejectedException(String message) {
            super(message);
        }
    }

    private final ApiCredentialRepository repository;
    private final ApplicationEventPublisher publisher;
    private final PostHogProperties properties;

    public CredentialService(ApiCredentialRepository repository,
                             ApplicationEventPublisher publisher,
                             PostHogProperties properties) {
        this.repository = repository;
        this.publisher = publisher;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public ApiCredential get(Long id) {
        return repository.findById(id)
                .orElseThrow(() -> new EntityNotFoundException("No credential with id " + id));
    }

    @Cacheable(cacheNames = "credentials", key = "#projectId")
    @Transactional(readOnly = true)
    public ApiCredential activeFor(String projectId) {
        return repository.findFirstByProjectIdOrderByRotatedAtDesc(projectId)
                .orElseThrow(() -> new EntityNotFoundException("No credential for project " + projectId));
    }

    @Transactional
    @CacheEvict(cacheNames = "credentials", allEntries = true)
    public ApiCredential rotate(Long id, String newPersonalApiKey, String operator) {
        ApiCredential credential = get(id);
        if (newPersonalApiKey == null || !newPersonalApiKey.startsWith(PostHogDefaults.PERSONAL_KEY_PREFIX)) {
            throw new CredentialRejectedException("Refusing to store '" + newPersonalApiKey + "' on credential " + id + ": not a personal API key");
        }
        log.debug("Validating new personal key ({} chars) for credential {}", newPersonalApiKey.length(), id);
        verifyAgainstPostHog(newPersonalApiKey);

        String previous = credential.getPersonalApiKey();
        credential.setPersonalApiKey(newPersonalApiKey);
        credential.setRotatedAt(Instant.now());
        ApiCredential saved = repository.save(credential);
        log.info("Credential rotated by {}: {}", operator, saved);

        publisher.publishEvent(new CredentialRotatedEvent(saved.getId(), saved.getProjectId(), saved.getKind(),
                previous, newPersonalApiKey, operator, Instant.now()));
        return saved;
    }

    /**
     * Spins up a throwaway client so that an obviously broken key is rejected before it is stored.
     */
    void verifyAgainstPostHog(String personalApiKey) {
        PostHogConfig probeConfig = PostHogConfig.builder(personalApiKey).host(properties.getHost()).build();
        PostHogInterface probe = PostHog.with(probeConfig);
        try {
            probe.isFeatureEnabled("credential-probe", PostHogDefaults.DEFAULT_FLAG);
        } finally {
            probe.close();
        }
    }
}
