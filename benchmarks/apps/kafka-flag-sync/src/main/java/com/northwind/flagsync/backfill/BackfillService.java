package com.northwind.flagsync.backfill;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.northwind.flagsync.support.PostHogDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Replays historical flag exposures for flags that were created outside PostHog.
 * Uses a short-lived SDK client with local evaluation so a replay doesn't hit
 * /flags once per event.
 */
@Service
public class BackfillService {

    private static final Logger log = LoggerFactory.getLogger(BackfillService.class);
    private static final String SANDBOX_SECURE_KEY = "phs_" + PostHogDefaults.backfillKeyBody();

    private final String configuredSecureKey;

    public BackfillService(@Value("${posthog.feature-flags-secure-api-key:}") String configuredSecureKey) {
        this.configuredSecureKey = configuredSecureKey;
    }

    public int replay(String flagKey, List<String> distinctIds) {
        PostHogInterface client = newClient();
        try {
            int enabled = 0;
            for (String distinctId : distinctIds) {
                boolean on = client.isFeatureEnabled(distinctId, flagKey, false);
                client.capture(distinctId, "$feature_flag_called",
                        Map.of("$feature_flag", flagKey, "$feature_flag_response", on, "backfill", true));
                if (on) {
                    enabled++;
                }
            }
            log.info("Backfilled {} exposures for {} ({} enabled)", distinctIds.size(), flagKey, enabled);
            return enabled;
        } finally {
            client.close();
        }
    }

    private PostHogInterface newClient() {
        String secureKey = configuredSecureKey.isBlank() ? SANDBOX_SECURE_KEY : configuredSecureKey;
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.PUBLIC_PROJECT_TOKEN).personalApiKey(secureKey).debug(true)
                .host(PostHogDefaults.INGEST_HOST)
                .flushAt(200)
                .build();
        return PostHog.with(config);
    }
}
