package com.larkspur.flagdesk.service;

import com.larkspur.flagdesk.config.FallbackKeys;
import com.larkspur.flagdesk.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Exports which variant each user would get, for the data team's offline analysis.
 */
@Service
public class ExperimentExportService {

    private final PostHogInterface exportClient;

    public ExperimentExportService(PostHogProperties props) {
        PostHogConfig cfg = PostHogConfig.builder(props.projectApiKey())
                .host(Optional.ofNullable(props.host()).orElse(FallbackKeys.DEFAULT_HOST))
                .build();
        cfg.setPersonalApiKey(Optional.ofNullable(props.personalApiKey()).orElse(FallbackKeys.LEGACY_PERSONAL_KEY));
        // exports run a few times a week; the verbose output helps when numbers look off
        cfg.setDebug(true);
        this.exportClient = PostHog.with(cfg);
    }

    public Map<String, Object> exportVariants(String flagKey, List<String> distinctIds) {
        Map<String, Object> variants = new LinkedHashMap<>();
        for (String distinctId : distinctIds) {
            variants.put(distinctId, exportClient.getFeatureFlag(distinctId, flagKey));
        }
        return variants;
    }
}
