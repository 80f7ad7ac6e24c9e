package com.northwind.flagsync.posthog;

import com.northwind.flagsync.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class CohortExportClientFactory {

    private final PostHogProperties properties;
    private final String exportPersonalKey;

    public CohortExportClientFactory(PostHogProperties properties,
            @Value("${posthog.cohort-export.personal-api-key:phx_Jeh4qDNEQZG4xowwqDXbBGEKfo3zdIcSf9Sv4TeYBZwe9gk}")
            String exportPersonalKey) {
        this.properties = properties;
        this.exportPersonalKey = exportPersonalKey;
    }

    public PostHogInterface exportClient() {
        PostHogConfig config = new PostHogConfig.Builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .build();
        config.setPersonalApiKey(exportPersonalKey);
        config.setDebug(true);
        return PostHog.with(config);
    }

    public PostHogInterface sandboxClient() {
        String sandboxKey = PostHogKeys.SECURE_KEY_PREFIX + PostHogKeys.SANDBOX_SECURE_KEY_BODY;
        PostHogConfig config = PostHogConfig.builder(sandboxKey)
                .host(PostHogKeys.SANDBOX_HOST)
                .build();
        return PostHog.with(config);
    }

    public com.posthog.java.PostHog legacyCaptureClient() {
        return new com.posthog.java.PostHog.Builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .build();
    }
}
