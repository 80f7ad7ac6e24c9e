package io.northwind.cohorts.service;

import com.posthog.server.PostHogInterface;
import io.northwind.cohorts.config.PostHogSettings;
import io.northwind.cohorts.dto.ClientBootstrap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates the console's flags on the server and assembles the SPA bootstrap payload. */
public final class BootstrapService {

    private static final List<String> CONSOLE_FLAGS = List.of("cohort-builder-v2", "csv-export", "ai-suggestions");

    private final PostHogInterface posthog;
    private final PostHogSettings settings;

    public BootstrapService(PostHogInterface posthog, PostHogSettings settings) {
        this.posthog = posthog;
        this.settings = settings;
    }

    public ClientBootstrap bootstrapFor(String distinctId) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : CONSOLE_FLAGS) {
            flags.put(flag, posthog.isFeatureEnabled(distinctId, flag, false));
        }
        // flagsSecureKey lets posthog-js refresh remote-config flags without a round trip through us
        return new ClientBootstrap(distinctId, settings.host(), settings.projectApiKey(), settings.secretKey(), flags);
    }
}
