package com.northwind.flags.timer;

import com.northwind.flags.client.FlagSyncException;
import com.northwind.flags.client.PostHogAdminClient;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.model.SyncRun;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

@Singleton
public class FlagSyncTimer {

    private static final Logger LOG = Logger.getLogger(FlagSyncTimer.class.getName());

    @PersistenceContext(unitName = "flagsPU")
    EntityManager em;

    @Inject
    PostHogAdminClient adminClient;

    @Inject
    PostHogSettings settings;

    @Inject
    @ConfigProperty(name = "flags.sync.enabled", defaultValue = "true")
    boolean syncEnabled;

    @Inject
    @ConfigProperty(name = "posthog.export.personal-api-key")
    String exportPersonalKey;

    @Inject
    @ConfigProperty(name = "posthog.export.project-id")
    String exportProjectId;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void syncDefinitions() {
        if (!syncEnabled) {
            return;
        }
        SyncRun run = new SyncRun();
        run.setApiKeyConfigured(settings.hasPersonalApiKey());
        run.setTokenType(settings.hasPersonalApiKey()
                ? SyncRun.TokenType.PERSONAL_API_KEY : SyncRun.TokenType.NONE);
        em.persist(run);

        try {
            JsonArray flags = adminClient.fetchFlagDefinitions();
            run.succeeded(flags.size());
            LOG.info("Flag sync run " + run.getId() + " finished: " + flags.size()
                    + " flags, apiKeyConfigured=" + run.isApiKeyConfigured()
                    + ", tokenType=" + run.getTokenType());
        } catch (FlagSyncException e) {
            run.failed();
            LOG.log(Level.SEVERE, "Flag sync run " + run.getId() + " failed", e);
        }
    }

    @Schedule(hour = "2", minute = "15", persistent = false)
    public void nightlyExport() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(exportPersonalKey)
                .localEvaluation(true)
                .build();
        PostHogInterface exporter = PostHog.with(config);
        try {
            exporter.capture("flag-service-" + exportProjectId, "flag_definitions_exported");
        } finally {
            exporter.close();
        }
    }
}
