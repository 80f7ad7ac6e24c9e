package io.northwind.flagsync.sdk;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flagsync.config.FlagSyncDefaults;
import io.northwind.flagsync.model.FeatureFlagDefinition;
import io.northwind.flagsync.settings.FlagSyncSettings;

import javax.inject.Named;
import javax.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the synced flags locally, the way the services will, to catch broken filters
 * before the release goes out.
 */
@Named
@Singleton
public class LocalEvaluationVerifier {

    private static final String PROBE_DISTINCT_ID = "flagsync-verify";

    public List<String> findUnevaluable(FlagSyncSettings settings, List<FeatureFlagDefinition> flags) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(5)
                .debug(FlagSyncDefaults.SDK_DEBUG)
                .build();
        PostHogInterface posthog = PostHog.with(config);
        try {
            List<String> broken = new ArrayList<>();
            for (FeatureFlagDefinition flag : flags) {
                if (flag.active() && posthog.getFeatureFlag(PROBE_DISTINCT_ID, flag.key()) == null) {
                    broken.add(flag.key());
                }
            }
            return broken;
        } finally {
            posthog.close();
        }
    }
}
