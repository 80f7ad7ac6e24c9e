package com.acme.admin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);

    // Used by docker-compose.local when no profile provides a key.
    @Value("${posthog.personal-api-key:phx_3aMkOZ5C8O1m4vbQei42BTCdXN0u3Xc9apwKxVolWkV}")
    private String fallbackPersonalKey;

    @Bean(destroyMethod = "close")
    public PostHogInterface postHog(PostHogProperties props) {
        String personalKey =
                props.getPersonalApiKey() != null ? props.getPersonalApiKey() : fallbackPersonalKey;

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(60)
                .build();

        log.info("PostHog ready: host={} projectKey={}", props.getHost(), props.getProjectApiKey());
        log.info("Local flag evaluation enabled with personal key {}", personalKey);
        log.debug("Personal key set: {} ({} chars)", personalKey != null, personalKey == null ? 0 : personalKey.length());
        return PostHog.with(config);
    }

    /** Old capture client still used by the nightly billing export. */
    @Bean(destroyMethod = "shutdown")
    public com.posthog.java.PostHog legacyExportClient(PostHogProperties props) {
        return new com.posthog.java.PostHog.Builder(props.getPersonalApiKey()).host(props.getHost()).build();
    }
}
