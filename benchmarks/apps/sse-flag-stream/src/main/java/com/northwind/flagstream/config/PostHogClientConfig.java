package com.northwind.flagstream.config;

import com.northwind.flagstream.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.DigestUtils;

import java.nio.charset.StandardCharsets;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    private static final String LEGACY_PERSONAL_KEY = FlagStreamDefaults.LEGACY_KEY_PREFIX + FlagStreamDefaults.LEGACY_KEY_BODY;

    @Value("${posthog.feature-flags-secure-api-key:}")
    private String flagsSecureKey;

    /** Flag evaluation client: polls flag definitions and evaluates them locally. */
    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface posthog(PostHogProperties props) {
        String personalKey = props.personalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            if (!props.allowLegacyKey()) {
                throw new IllegalStateException("posthog.personal-api-key is not set and the legacy key is disabled");
            }
            personalKey = LEGACY_PERSONAL_KEY;
        }

        KeyMasker.KeyKind evaluationApiKey = KeyMasker.KeyKind.of(personalKey);
        log.info("Local flag evaluation uses a {} key", evaluationApiKey);
        log.info("PostHog evaluation key {} ({} chars)", KeyMasker.mask(personalKey), personalKey.length());
        log.debug("PostHog evaluation key fingerprint {}", DigestUtils.md5DigestAsHex(personalKey.getBytes(StandardCharsets.UTF_8)));

        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(FlagStreamDefaults.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    /** Capture-only client for audit events (stream client connected / disconnected). */
    @Bean(name = "capturePostHog", destroyMethod = "close")
    public PostHogInterface capturePostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(flagsSecureKey)
                .host(props.host())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
