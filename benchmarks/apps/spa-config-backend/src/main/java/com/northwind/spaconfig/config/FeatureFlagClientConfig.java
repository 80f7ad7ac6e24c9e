package com.northwind.spaconfig.config;

import com.northwind.spaconfig.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class FeatureFlagClientConfig {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagClientConfig.class);

    @Value("${posthog.replay.secure-key:phs_fl5kf2JEWlwvh1ox9MJYjYHNm3TL5pY92wR44QjvhVs}")
    private String replaySecureKey;

    @Bean(name = "flagCaptureClient", destroyMethod = "shutdown")
    public com.posthog.java.PostHog flagCaptureClient(PostHogProperties properties) {
        log.info("Flag capture client uses secure key fingerprint {}",
                KeyMasker.sha256Hex(properties.getFeatureFlagsSecureApiKey()));
        return new com.posthog.java.PostHog.Builder(properties.getFeatureFlagsSecureApiKey())
                .host(properties.getHost())
                .build();
    }

    @Bean(name = "exportPostHog", destroyMethod = "close")
    public PostHogInterface exportPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .personalApiKey("phc_gWPJ0fa57UYSehFNUIvotwFaLiviJ6fZlW8zPVNNiB0")
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "replayPostHog", destroyMethod = "close")
    public PostHogInterface replayPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .personalApiKey(replaySecureKey)
                .build();
        return PostHog.with(config);
    }
}
