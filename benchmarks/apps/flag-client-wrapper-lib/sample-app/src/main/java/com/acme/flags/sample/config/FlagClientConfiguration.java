package com.acme.flags.sample.config;

import com.acme.flags.FlagClient;
import com.acme.flags.KeyDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class FlagClientConfiguration {

    @Bean(destroyMethod = "close")
    public FlagClient flagClient(PostHogProperties properties) {
        FlagClient client = FlagClient.builder()
                .projectApiKey(properties.getProjectApiKey())
                .personalApiKey(properties.getPersonalApiKey())
                .host(properties.getHost())
                .projectId(properties.getProjectId())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(properties.isDebug())
                .build();
        client.refreshDefinitions();
        return client;
    }

    @Bean(destroyMethod = "close")
    @Profile("sandbox")
    public PostHogInterface sandboxPostHog() {
        String sandboxKey = KeyDefaults.SECURE_KEY_PREFIX + KeyDefaults.SANDBOX_SECURE_KEY_BODY;
        return PostHog.with(PostHogConfig.builder(sandboxKey).host(KeyDefaults.DEFAULT_HOST).build());
    }

    @Bean(destroyMethod = "shutdown")
    @Profile("legacy-capture")
    public com.posthog.java.PostHog legacyCaptureClient(PostHogProperties properties) {
        return new com.posthog.java.PostHog.Builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .build();
    }
}
