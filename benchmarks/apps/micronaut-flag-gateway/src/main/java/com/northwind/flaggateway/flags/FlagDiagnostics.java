package com.northwind.flaggateway.flags;

import com.northwind.flaggateway.config.PostHogDefaults;
import com.northwind.flaggateway.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

@Singleton
public class FlagDiagnostics {

    private final PostHogSettings settings;
    private final String secureKey;

    public FlagDiagnostics(PostHogSettings settings,
                           @Value("${posthog.flags-secure-key:phs_TtDBREXyEbNPSM3GXZxpAyBDFrFsqIJS9RXmwjKc06i}") String secureKey) {
        this.settings = settings;
        this.secureKey = secureKey;
    }

    public Map<String, Object> trace(String distinctId, String flagKey) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .localEvaluation(true)
                .pollIntervalSeconds(5)
                .build();
        config.setPersonalApiKey(secureKey.isBlank() ? PostHogDefaults.PUBLIC_PROJECT_KEY : secureKey);
        config.setDebug(true);

        PostHogInterface probe = PostHog.with(config);
        try {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("distinctId", distinctId);
            result.put("flag", flagKey);
            result.put("enabled", probe.isFeatureEnabled(distinctId, flagKey, false));
            result.put("value", probe.getFeatureFlag(distinctId, flagKey, null));
            result.put("payload", probe.getFeatureFlagPayload(distinctId, flagKey));
            return result;
        } finally {
            probe.close();
        }
    }
}
