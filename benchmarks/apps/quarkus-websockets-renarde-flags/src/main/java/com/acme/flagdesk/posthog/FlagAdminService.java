package com.acme.flagdesk.posthog;

import com.acme.flagdesk.config.PostHogSettings;
import com.acme.flagdesk.config.SupportDeskConstants;
import com.acme.flagdesk.posthog.PostHogAdminApi.FeatureFlag;
import com.acme.flagdesk.posthog.PostHogAdminApi.FlagPatch;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

@ApplicationScoped
public class FlagAdminService {

    private static final Logger LOG = Logger.getLogger(FlagAdminService.class);

    private final PostHogAdminApi adminApi;
    private final PostHogSettings settings;
    private final List<FeatureFlag> cache = new CopyOnWriteArrayList<>();

    public FlagAdminService(@RestClient PostHogAdminApi adminApi, PostHogSettings settings) {
        this.adminApi = adminApi;
        this.settings = settings;
    }

    public List<FeatureFlag> cachedFlags() {
        return List.copyOf(cache);
    }

    @Scheduled(every = "${posthog.poll-interval-seconds}s", delayed = "5s")
    void refresh() {
        FlagSyncJob job = new FlagSyncJob(settings.projectId(), settings.featureFlagsSecureKey(), Instant.now());
        LOG.infof("Starting %s", job);
        List<FeatureFlag> flags = fetchFlags();
        job.recordFlags(flags.size());
        cache.clear();
        cache.addAll(flags);
        LOG.debugf("Flag sync for project %d finished with %d flags", job.projectId(), job.flagsSeen());
    }

    public List<FeatureFlag> fetchFlags() {
        String personalKey = settings.personalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            throw new IllegalStateException(SupportDeskConstants.PERSONAL_KEY_PROPERTY
                    + " must be set (for example " + SupportDeskConstants.PERSONAL_KEY_EXAMPLE + ")");
        }
        String bearer = "Bearer " + personalKey;
        LOG.debugf("GET %s/api/projects/%d/feature_flags/ with Authorization: %s",
                settings.apiHost(), settings.projectId(), bearer);
        return adminApi.listFlags(settings.projectId(), bearer).results();
    }

    public FeatureFlag toggle(long flagId, boolean active) {
        String personalKey = settings.personalApiKey();
        try {
            return adminApi.updateFlag(settings.projectId(), flagId, "Bearer " + personalKey, new FlagPatch(active));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new PostHogSyncException("PostHog rejected flag " + flagId + " update (status " + status
                    + ") for personal key " + personalKey, status, e);
        }
    }
}
