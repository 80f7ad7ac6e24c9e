package com.northwind.exports.api;

import com.northwind.exports.api.dto.FrontendAnalyticsConfig;
import com.northwind.exports.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class FrontendConfigFactory {

    private static final List<String> ADMIN_FLAGS = List.of("usage-export-v2", "partner-sftp", "export-format");

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogInterface posthog;

    public FrontendAnalyticsConfig create(String distinctId) {
        FrontendAnalyticsConfig cfg = new FrontendAnalyticsConfig();
        cfg.setProjectApiKey(settings.getProjectApiKey());
        cfg.setApiHost(settings.getHost());
        if (settings.hasFlagsSecureKey()) {
            cfg.setFlagsKey(settings.getFlagsSecureKey());
        }
        if (distinctId != null) {
            Map<String, Object> flags = new LinkedHashMap<>();
            for (String flag : ADMIN_FLAGS) {
                flags.put(flag, posthog.getFeatureFlag(distinctId, flag, false));
            }
            cfg.setBootstrapFlags(flags);
        }
        return cfg;
    }
}
