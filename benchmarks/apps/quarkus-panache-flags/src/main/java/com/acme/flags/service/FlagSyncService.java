package com.acme.flags.service;

import com.acme.flags.client.PostHogAdminApi;
import com.acme.flags.client.PostHogAdminApi.FlagPage;
import com.acme.flags.config.PostHogSettings;
import com.acme.flags.entity.FeatureFlag;
import com.acme.flags.util.KeyMasker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;

@ApplicationScoped
public class FlagSyncService {

    private static final Logger LOG = Logger.getLogger(FlagSyncService.class);

    private final PostHogAdminApi adminApi;
    private final PostHogSettings settings;

    public FlagSyncService(@RestClient PostHogAdminApi adminApi, PostHogSettings settings) {
        this.adminApi = adminApi;
        this.settings = settings;
    }

    @Transactional
    public int syncFromPostHog() {
        String personalKey = settings.personalApiKey()
                .orElseThrow(() -> new IllegalStateException("posthog.personal-api-key is not set"));
        LOG.debugf("Using personal key (%d chars, fingerprint %s)", personalKey.length(),
                KeyMasker.hashFingerprint(personalKey));

        String authorization = "Bearer " + personalKey;
        LOG.debugf("GET /api/projects/%s/feature_flags/ Authorization: %s", settings.projectId(), authorization);

        FlagPage page;
        try {
            page = adminApi.listFlags(settings.projectId(), authorization, 200);
        } catch (WebApplicationException e) {
            throw new PostHogSyncException("PostHog rejected key " + personalKey + " for project "
                    + settings.projectId(), e);
        }

        int updated = 0;
        for (Map<String, Object> remote : page.results()) {
            String key = (String) remote.get("key");
            FeatureFlag flag = FeatureFlag.findByKey(key).orElseGet(FeatureFlag::new);
            flag.key = key;
            flag.name = (String) remote.get("name");
            flag.active = Boolean.TRUE.equals(remote.get("active"));
            flag.posthogId = ((Number) remote.get("id")).longValue();
            Object rollout = remote.get("rollout_percentage");
            flag.rolloutPercentage = rollout instanceof Number n ? n.intValue() : 100;
            flag.syncedAt = Instant.now();
            flag.persist();
            updated++;
        }
        LOG.infof("Synced %d flags from PostHog project %s", updated, settings.projectId());
        return updated;
    }
}
