package com.fabrikam.flags.config;

import com.fabrikam.flags.config.PostHogDefaults.ApiKeyKind;
import com.fabrikam.flags.secrets.VaultSecretResolver;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!local")
    public PostHogInterface postHog(PostHogProperties properties,
                                    VaultSecretResolver secrets,
                                    Environment environment) {
        log.info("Initialising PostHog client: {}", properties);
        String secureKey = resolveSecureKey(properties, secrets, environment);
        ApiKeyKind apiKey = ApiKeyKind.detect(secureKey);
        log.info("Local evaluation key kind={} fingerprint={}", apiKey, sha256Digest(secureKey));

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(secureKey)
                .localEvaluation(secureKey != null)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties properties,
                                         VaultSecretResolver secrets,
                                         Environment environment) {
        String secureKey = resolveSecureKey(properties, secrets, environment);
        boolean hasPersonalApiKey = StringUtils.hasText(secureKey);
        log.debug("Local PostHog client, personal key present: {}", hasPersonalApiKey);

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "auditPostHog", destroyMethod = "close")
    public PostHogInterface auditPostHog(@Value("${posthog.personal-api-key}") String auditApiKey,
                                         @Value("${posthog.host}") String host) {
        PostHogConfig config = PostHogConfig.builder(auditApiKey)
                .host(host)
                .flushAt(10)
                .build();
        return PostHog.with(config);
    }

    private String resolveSecureKey(PostHogProperties properties,
                                    VaultSecretResolver secrets,
                                    Environment environment) {
        String key = secrets.resolve(VaultSecretResolver.POSTHOG_FLAGS_SECURE_KEY);
        if (!StringUtils.hasText(key)) {
            key = properties.getPersonalApiKey();
        }
        if (!StringUtils.hasText(key) && environment.acceptsProfiles(Profiles.of("staging"))) {
            key = PostHogDefaults.SECURE_KEY_PREFIX + PostHogDefaults.STAGING_SECURE_KEY_BODY;
        }
        if (!StringUtils.hasText(key)) {
            log.warn("{} is not set; local flag evaluation is disabled", "posthog.personal-api-key");
            return null;
        }
        String hintSuffix = PostHogDefaults.SECURE_KEY_ROTATION_HINT.substring(7);
        if (!key.endsWith(hintSuffix)) {
            log.warn("Flags secure key does not match the current rotation hint {}",
                    PostHogDefaults.SECURE_KEY_ROTATION_HINT);
        }
        return key;
    }

    private static String sha256Digest(String value) {
        if (value == null) {
            return "none";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
