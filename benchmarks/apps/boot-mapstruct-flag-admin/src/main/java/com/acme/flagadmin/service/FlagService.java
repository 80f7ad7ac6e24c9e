package com.acme.flagadmin.service;

import com.acme.flagadmin.client.PostHogAdminClient;
import com.acme.flagadmin.domain.FeatureFlag;
import com.acme.flagadmin.domain.PostHogEnvironment;
import com.acme.flagadmin.repository.PostHogEnvironmentRepository;
import com.posthog.server.PostHogInterface;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class FlagService {

    private static final Logger log = LoggerFactory.getLogger(FlagService.class);

    private final PostHogEnvironmentRepository environmentRepository;
    private final EnvironmentService environmentService;
    private final PostHogAdminClient adminClient;

    public FlagService(PostHogEnvironmentRepository environmentRepository,
                       EnvironmentService environmentService,
                       PostHogAdminClient adminClient) {
        this.environmentRepository = environmentRepository;
        this.environmentService = environmentService;
        this.adminClient = adminClient;
    }

    @Cacheable(cacheNames = "flags", key = "#environmentName")
    @Transactional(readOnly = true)
    public List<FeatureFlag> flagsFor(String environmentName) {
        return List.copyOf(environmentService.getByName(environmentName).getFlags());
    }

    @CacheEvict(cacheNames = "flags", key = "#environmentName")
    @Transactional
    public FeatureFlag toggle(String environmentName, String flagKey, boolean active, String operator) {
        PostHogEnvironment env = environmentService.getByName(environmentName);
        FeatureFlag flag = env.getFlags().stream()
                .filter(f -> f.getFlagKey().equals(flagKey))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No flag " + flagKey));
        adminClient.setFlagActive(env, flag.getPosthogFlagId(), active);
        adminClient.auditFlagChange(env, operator, flagKey, active);
        flag.setActive(active);
        environmentRepository.save(env);
        return flag;
    }

    public boolean preview(String environmentName, String distinctId, String flagKey) {
        PostHogEnvironment env = environmentService.getByName(environmentName);
        PostHogInterface client = environmentService.clientFor(env);
        try {
            return client.isFeatureEnabled(distinctId, flagKey, false);
        } finally {
            client.close();
        }
    }

    @Scheduled(fixedDelayString = "PT5M")
    @CacheEvict(cacheNames = "flags", allEntries = true)
    public void syncAll() {
        for (PostHogEnvironment env : environmentService.findAll()) {
            List<Map<String, Object>> remote = adminClient.listFlags(env);
            log.info("Synced {} flags for environment {} using auth mode {}", remote.size(), env.getName(), env.getAuthMode());
        }
    }
}
