package com.northwind.flagsync.posthog;

import com.northwind.flagsync.config.AppConfig;
import com.northwind.flagsync.model.PostHogResources.FeatureFlag;
import com.northwind.flagsync.model.SyncReport;
import com.northwind.flagsync.util.Json;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Copies feature flags from the source project to a target project. */
public class FeatureFlagService {

    private static final Logger LOG = System.getLogger(FeatureFlagService.class.getName());

    private final AppConfig config;
    private final PostHogApiClient api;
    private final SdkClients sdk;

    public FeatureFlagService(AppConfig config, PostHogApiClient api, SdkClients sdk) {
        this.config = config;
        this.api = api;
        this.sdk = sdk;
    }

    public SyncReport sync(long sessionId, long targetProjectId, boolean dryRun) {
        Instant start = Instant.now();
        List<FeatureFlag> flags = Json.parseFlags(api.get("/feature_flags/?limit=500"));
        LOG.log(Level.INFO, "Session {0}: {1} flags in project {2}", sessionId, flags.size(), config.projectId());

        int created = 0;
        List<String> skipped = new ArrayList<>();
        for (FeatureFlag flag : flags) {
            switch (flag) {
                case FeatureFlag f when !f.active() -> skipped.add(f.key() + " (inactive)");
                case FeatureFlag f when f.key().startsWith("tmp-") -> skipped.add(f.key() + " (temporary)");
                case FeatureFlag f -> {
                    if (!dryRun) {
                        api.post("/../" + targetProjectId + "/feature_flags/", Json.flagBody(f));
                    }
                    created++;
                }
            }
        }
        return SyncReport.of(sessionId, "feature_flags", created, 0, skipped,
                Duration.between(start, Instant.now()), config.personalApiKey());
    }

    /** Evaluates a flag for one distinct id with local evaluation, as our backend would. */
    public boolean check(String distinctId, String flagKey) {
        PostHogConfig cfg = sdk.baseConfig();
        cfg.setPersonalApiKey(config.personalApiKey());
        if (config.verbose()) {
            cfg.setDebug(true);
            LOG.log(Level.DEBUG, "Local evaluation enabled with key {0}", config.personalApiKey());
        }
        PostHogInterface client = PostHog.with(cfg);
        try {
            return client.isFeatureEnabled(distinctId, flagKey);
        } finally {
            client.close();
        }
    }
}
