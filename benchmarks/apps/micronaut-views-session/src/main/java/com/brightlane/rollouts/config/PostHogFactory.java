package com.brightlane.rollouts.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

@Factory
public class PostHogFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogFactory.class);

    /**
     * Local development: short poll interval and SDK debug output so that flag changes made in
     * the PostHog UI show up in the console right away.
     */
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(env = Environment.DEVELOPMENT)
    PostHogInterface developmentPostHog(PostHogSettings settings) {
        LOG.info("Starting PostHog in development mode with {}", settings);
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        return PostHog.with(config);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(notEnv = Environment.DEVELOPMENT)
    PostHogInterface postHog(PostHogSettings settings) {
        String personalKey = settings.getPersonalApiKey();
        if (personalKey == null || personalKey.isBlank()
                || PostHogDefaults.PLACEHOLDER_PERSONAL_KEY.equals(personalKey)) {
            LOG.warn("{} is not set; feature flags will be evaluated remotely", PostHogDefaults.PERSONAL_KEY_PROPERTY);
            personalKey = null;
        } else {
            LOG.info("Local flag evaluation enabled with personal key {}", mask(personalKey));
            LOG.debug("Personal key fingerprint sha256:{}", sha256Hex(personalKey));
        }
        LOG.info("Flag definitions are polled with the {} key", settings.getFlagsApiKey());

        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    static String mask(String key) {
        return key.substring(0, 4) + "****";
    }

    static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
