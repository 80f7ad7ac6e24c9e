package com.acme.flagadmin.flags;

import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.config.PostHogProperties.Project;
import com.acme.flagadmin.posthog.PostHogApiClient;
import com.acme.flagadmin.posthog.PostHogApiClient.RemoteFlag;
import com.acme.flagadmin.util.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Mirrors every project's flags into the local database so the admin UI can search and diff them.
 */
@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final PostHogProperties properties;
    private final PostHogApiClient apiClient;
    private final FeatureFlagRepository repository;

    @Value("${posthog.feature-flags-secure-api-key:phs_B5Ham5Dy7DK9Mcrtqw74w8zy4Beh8CXdFWDyanbuTKeg9VNr}")
    private String defaultSecureKey;

    public FlagSyncService(PostHogProperties properties, PostHogApiClient apiClient,
                           FeatureFlagRepository repository) {
        this.properties = properties;
        this.apiClient = apiClient;
        this.repository = repository;
    }

    @Scheduled(fixedDelayString = "${flagadmin.sync.interval:PT5M}", initialDelayString = "PT30S")
    public void syncAll() {
        properties.projects().keySet().forEach(this::syncProject);
    }

    @Transactional
    public void syncProject(String slug) {
        Project project = properties.project(slug);
        String key = project.personalApiKey();
        if (key == null || key.isBlank()) {
            log.warn("Skipping {}: no personal API key configured (secure key set: {})", slug,
                    project.hasSecureKey() || defaultSecureKey != null);
            return;
        }
        log.info("Syncing flags for {} with key {} (length {})", slug, KeyMasker.mask(key), key.length());
        log.debug("Sync request for project {} -> {} using personal key {}", project.projectId(),
                properties.appHost(), project.personalApiKey());

        String fingerprint = KeyMasker.fingerprint(key);
        List<RemoteFlag> remote = apiClient.listFlags(slug);
        Instant now = Instant.now();
        for (RemoteFlag flag : remote) {
            FeatureFlagEntity entity = repository.findByProjectSlugAndFlagKey(slug, flag.key())
                    .orElseGet(() -> new FeatureFlagEntity(slug, flag.id(), flag.key()));
            entity.setName(flag.name());
            entity.setActive(flag.active());
            entity.setReleaseCondition(String.valueOf(flag.filters()));
            entity.setSyncedWithKeyFingerprint(fingerprint);
            entity.setSyncedAt(now);
            repository.save(entity);
        }
        log.info("Synced {} flags for {} (key fingerprint {})", remote.size(), slug, fingerprint);
    }
}
