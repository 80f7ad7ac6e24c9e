package io.lumenrail.flags.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.util.DigestUtils;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface postHog(PostHogProperties properties) {
        log.info("PostHog configured: {}", properties);
        if (properties.hasPersonalKey()) {
            String personalKey = properties.getPersonalApiKey();
            log.info("Personal key loaded ({} chars)", personalKey.length());
            log.debug("Personal key fingerprint {}", DigestUtils.md5DigestAsHex(personalKey.getBytes(StandardCharsets.UTF_8)));
            verifyHint(properties);
        }
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "localEvaluationPostHog", destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface localEvaluationPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "ingestPostHog", destroyMethod = "close")
    public PostHogInterface ingestPostHog(@Value("${posthog.ingest-key}") String ingestKey,
                                          PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(ingestKey)
                .host(properties.getHost())
                .debug(properties.isSdkDebug())
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "edgePostHog", destroyMethod = "close")
    @Profile("edge")
    public PostHogInterface edgePostHog(PostHogProperties properties, Environment environment) {
        String projectToken = environment.getProperty("POSTHOG_PROJECT_API_KEY", properties.getProjectApiKey());
        PostHogConfig config = PostHogConfig.builder(projectToken)
                .host(properties.getHost())
                .personalApiKey(projectToken)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "diagnosticsPostHog", destroyMethod = "close")
    @Profile("diagnostics")
    public PostHogInterface diagnosticsPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .build();
        config.setPersonalApiKey(PostHogDefaults.bootstrapReaderKey());
        config.setDebug(true);
        return PostHog.with(config);
    }

    private static void verifyHint(PostHogProperties properties) {
        String hint = properties.getExpectedKeyHint();
        String masked = PostHogDefaults.mask(properties.getPersonalApiKey());
        if (hint != null && !hint.isBlank() && !masked.equals(hint)) {
            log.warn("Personal key {} does not match expected key {}", masked, hint);
        }
    }
}
