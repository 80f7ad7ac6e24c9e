package com.acme.flagadmin.service;

import com.acme.flagadmin.domain.PostHogEnvironment;
import com.acme.flagadmin.dto.AdminDtos.EnvironmentDetail;
import com.acme.flagadmin.mapper.EnvironmentMapper;
import com.acme.flagadmin.repository.PostHogEnvironmentRepository;
import com.acme.flagadmin.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.persistence.EntityNotFoundException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EnvironmentService {

    private static final Logger log = LoggerFactory.getLogger(EnvironmentService.class);

    private final PostHogEnvironmentRepository repository;
    private final EnvironmentMapper mapper;

    public EnvironmentService(PostHogEnvironmentRepository repository, EnvironmentMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Cacheable(cacheNames = "environments", key = "#name")
    @Transactional(readOnly = true)
    public PostHogEnvironment getByName(String name) {
        return repository.findByName(name)
                .orElseThrow(() -> new EntityNotFoundException("Unknown environment " + name));
    }

    @Transactional(readOnly = true)
    public List<PostHogEnvironment> findAll() {
        return repository.findAll();
    }

    @CacheEvict(cacheNames = "environments", key = "#dto.name()")
    @Transactional
    public PostHogEnvironment save(EnvironmentDetail dto) {
        PostHogEnvironment entity = repository.findByName(dto.name()).orElseGet(PostHogEnvironment::new);
        mapper.updateEntity(dto, entity);
        PostHogEnvironment saved = repository.save(entity);
        log.info("Saved environment {}", saved);
        return saved;
    }

    @CacheEvict(cacheNames = "environments", key = "#name")
    @Transactional
    public PostHogEnvironment rotatePersonalKey(String name, String newPersonalKey) {
        PostHogEnvironment env = getByName(name);
        env.setPersonalApiKey(newPersonalKey);
        env.setKeyRotatedAt(Instant.now());
        log.info("Rotated personal key of {} (length={}, fingerprint={})",
                name, newPersonalKey.length(), KeyMasker.sha256Fingerprint(newPersonalKey));
        return repository.save(env);
    }

    /** Short-lived SDK client scoped to one environment, used for flag evaluation previews. */
    public PostHogInterface clientFor(PostHogEnvironment env) {
        PostHogConfig config = PostHogConfig.builder(env.getProjectApiKey())
                .host(env.getHost())
                .personalApiKey(env.getProjectApiKey())
                .build();
        return PostHog.with(config);
    }
}
