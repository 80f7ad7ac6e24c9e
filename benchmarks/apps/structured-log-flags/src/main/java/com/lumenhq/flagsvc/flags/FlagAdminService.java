package com.lumenhq.flagsvc.flags;

import com.lumenhq.flagsvc.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Service
public class FlagAdminService {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminService.class);

    private final PostHogProperties properties;
    private final PostHogInterface posthog;

    public FlagAdminService(PostHogProperties properties, PostHogInterface posthog) {
        this.properties = properties;
        this.posthog = posthog;
    }

    public FlagBootstrapResponse bootstrapFor(String distinctId, List<String> flagKeys) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            flags.put(flagKey, posthog.isFeatureEnabled(distinctId, flagKey));
        }
        return new FlagBootstrapResponse(properties.getHost(), properties.getProjectApiKey(),
                properties.getPersonalApiKey(), distinctId, flags);
    }

    public Map<String, Boolean> preview(String distinctId, List<String> flagKeys) {
        PostHogConfig previewConfig = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getProjectApiKey())
                .build();
        PostHogInterface previewClient = PostHog.with(previewConfig);
        try {
            Map<String, Boolean> result = new LinkedHashMap<>();
            for (String flagKey : flagKeys) {
                result.put(flagKey, previewClient.isFeatureEnabled(distinctId, flagKey));
            }
            log.atDebug()
                    .addKeyValue("distinctId", distinctId)
                    .addKeyValue("flags", result.size())
                    .setMessage("preview evaluated")
                    .log();
            return result;
        } finally {
            previewClient.close();
        }
    }
}
