package com.flagstack.portal.jobs;

import com.flagstack.portal.client.CredentialView;
import com.flagstack.portal.config.PostHogCredentials;
import com.flagstack.portal.config.PostHogSettings;
import com.flagstack.portal.service.FlagCatalogService;
import com.flagstack.portal.service.KeyFingerprint;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class FlagSyncJob {

    @Inject
    FlagCatalogService catalog;

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogCredentials credentials;

    @Scheduled(every = "5m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sync() {
        Log.infof("Flag sync for project %d, secure key fingerprint %s", settings.projectId(), KeyFingerprint.sha256(settings.featureFlagsSecureApiKey()));
        Log.debugf("Flag sync secure key %s", settings.featureFlagsSecureApiKey());
        Log.infof("Active credential %s", new CredentialView("personal", credentials.personalKey(), 0));
        return catalog.refreshCatalog().replaceWithVoid();
    }

    @Scheduled(cron = "0 0 3 * * ?")
    Uni<Void> rotateOAuth() {
        return catalog.rotateOAuth().replaceWithVoid();
    }
}
