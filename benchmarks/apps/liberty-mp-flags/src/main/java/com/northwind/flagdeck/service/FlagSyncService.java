package com.northwind.flagdeck.service;

import com.northwind.flagdeck.config.PostHogSettings;
import com.northwind.flagdeck.dto.FlagDefinition;
import com.northwind.flagdeck.dto.PostHogCredentials;
import com.northwind.flagdeck.util.KeyMasker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

@ApplicationScoped
public class FlagSyncService {

    private static final Logger LOG = Logger.getLogger(FlagSyncService.class.getName());

    private final AtomicInteger syncCount = new AtomicInteger();

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogAdminGateway gateway;

    public List<FlagDefinition> syncAll() {
        int run = syncCount.incrementAndGet();
        LOG.log(Level.INFO, "Sync #{0}: project {1}, authenticating with {2}",
                new Object[] {run, settings.getProjectId(), settings.getPersonalApiKey()});

        List<FlagDefinition> flags = gateway.listFlags(200);
        LOG.info(() -> "Sync #" + run + " fetched " + flags.size() + " flags using key "
                + KeyMasker.mask(settings.getPersonalApiKey()));
        return flags;
    }

    public void refreshCredentials() {
        PostHogCredentials credentials = settings.credentials();
        if (!credentials.isComplete()) {
            LOG.warning("OAuth credentials incomplete, skipping refresh");
            return;
        }
        LOG.fine("Refreshing OAuth credentials " + credentials);
    }

    public void verifySecureKey() {
        String secureKey = settings.getFeatureFlagsSecureApiKey();
        LOG.config("secure key present=" + (secureKey != null && !secureKey.isBlank())
                + ", fingerprint=" + KeyMasker.hash(secureKey));
    }
}
