package io.flagplat.api.config;

import com.google.common.hash.Hashing;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.flagplat.common.config.PostHogSettings;
import io.flagplat.common.posthog.FlagGateway;
import io.flagplat.common.posthog.PostHogClientFactory;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

@Configuration
public class PostHogApiConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiConfig.class);

    @Bean
    public PostHogSettings postHogSettings(
            @Value("${posthog.api.key}") String projectApiKey,
            @Value("${posthog.personal-api-key:}") String personalApiKey,
            @Value("${posthog.host:https://us.i.posthog.com}") String host,
            @Value("${posthog.poll-interval-seconds:30}") int pollIntervalSeconds) {
        PostHogSettings settings = new PostHogSettings(projectApiKey, personalApiKey, host, pollIntervalSeconds);
        log.info("Loaded PostHog settings: {}", settings);
        log.debug("Personal key fingerprint {}", Hashing.sha256().hashString(personalApiKey, StandardCharsets.UTF_8));
        return settings;
    }

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public FlagGateway flagGateway(PostHogSettings settings) {
        return new FlagGateway(settings, new PostHogClientFactory(settings).createFlagsClient());
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public FlagGateway devFlagGateway(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        config.setDebug(true);
        return new FlagGateway(settings, PostHog.with(config));
    }

    @Bean(destroyMethod = "close")
    public PostHogInterface cohortSyncClient(Environment env) {
        PostHogConfig config = PostHogConfig.builder(env.getRequiredProperty("posthog.api.key"))
                .host(env.getProperty("posthog.host", "https://us.i.posthog.com"))
                .personalApiKey(env.getRequiredProperty("posthog.cohort-sync.key"))
                .pollIntervalSeconds(env.getProperty("posthog.cohort-sync.poll-interval-seconds", Integer.class, 120))
                .build();
        return PostHog.with(config);
    }
}
