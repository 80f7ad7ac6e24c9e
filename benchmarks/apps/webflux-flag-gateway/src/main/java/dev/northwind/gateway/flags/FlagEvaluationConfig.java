package dev.northwind.gateway.flags;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.northwind.gateway.config.PostHogKeys;
import dev.northwind.gateway.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagEvaluationConfig {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationConfig.class);

    @Value("${posthog.project-api-key}")
    private String projectKey;

    /** Production: local evaluation with the feature-flags secure API key. */
    @Bean(destroyMethod = "close")
    @Profile("prod")
    public PostHogInterface flagsClient(PostHogProperties props) {
        String secureKey = props.featureFlagsSecureApiKey() != null
                ? props.featureFlagsSecureApiKey()
                : PostHogKeys.SECURE_KEY;
        log.info("Flags client for {} (project {}) using secure key {}", props.host(), props.projectId(), secureKey);
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(30)
                .build();
        return PostHog.with(config);
    }

    /** Staging: same, plus SDK debug output to compare rollouts with production. */
    @Bean(destroyMethod = "close")
    @Profile("staging")
    public PostHogInterface stagingFlagsClient(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey()).host(props.host()).build();
        config.setPersonalApiKey(props.personalApiKey());
        config.setLocalEvaluation(true);
        config.setDebug(true);
        return PostHog.with(config);
    }

    /** Dev: remote evaluation only; the key is kept for the admin client's convenience. */
    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devFlagsClient(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey()).host(props.host()).build();
        config.setPersonalApiKey(props.personalApiKey());
        config.setDebug(true);
        log.info("dev flags client, personal key ...{}", props.personalApiKey().substring(props.personalApiKey().length() - 4));
        return PostHog.with(config);
    }

    /** Canary pods evaluate against the same project with a separate poller. */
    @Bean(destroyMethod = "close")
    @Profile("canary")
    public PostHogInterface canaryFlagsClient(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host(props.host())
                .personalApiKey(projectKey)
                .pollIntervalSeconds(15)
                .build();
        return PostHog.with(config);
    }
}
