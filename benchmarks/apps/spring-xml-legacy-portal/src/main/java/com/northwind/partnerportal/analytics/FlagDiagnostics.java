package com.northwind.partnerportal.analytics;

import com.northwind.partnerportal.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

@Component
public class FlagDiagnostics {

    private static final Log log = LogFactory.getLog(FlagDiagnostics.class);

    private final PostHogSettings settings;

    @Autowired
    public FlagDiagnostics(PostHogSettings settings) {
        this.settings = settings;
    }

    public Map<String, Boolean> evaluateVerbosely(String distinctId, List<String> flagKeys) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(true)
                .build();
        PostHogInterface client = PostHog.with(config);
        Map<String, Boolean> result = new LinkedHashMap<String, Boolean>();
        try {
            for (String flagKey : flagKeys) {
                result.put(flagKey, client.isFeatureEnabled(distinctId, flagKey, false));
            }
        } finally {
            client.close();
        }
        log.info("Diagnostics evaluated " + result.size() + " flags for " + distinctId);
        return result;
    }
}
