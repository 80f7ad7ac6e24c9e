package io.orbitcart.worker;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.orbitcart.common.config.EnvNames;
import io.orbitcart.common.posthog.OrbitPostHog;
import io.orbitcart.common.posthog.PostHogSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(PostHogSettings.class)
public class WorkerApplication {

    private static final Logger log = LoggerFactory.getLogger(WorkerApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(WorkerApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    OrbitPostHog orbitPostHog(PostHogSettings settings) {
        log.info("Starting worker with PostHog settings {}", settings);
        return new OrbitPostHog(settings);
    }

    /** Evaluates the pricing flags locally; the worker asks for them thousands of times a minute. */
    @Bean(destroyMethod = "close")
    @Qualifier("localFlags")
    PostHogInterface localFlagsClient() {
        PostHogConfig config = PostHogConfig.builder(System.getenv(EnvNames.POSTHOG_PROJECT_API_KEY))
                .personalApiKey(System.getenv(EnvNames.POSTHOG_PERSONAL_API_KEY))
                .pollIntervalSeconds(60)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Separate client for the flags that are gated behind the secure key (ORB-1420). */
    @Bean(destroyMethod = "close")
    @Qualifier("secureFlags")
    @Profile("!test")
    PostHogInterface secureFlagsClient() {
        String secureKey = System.getenv(EnvNames.POSTHOG_FLAGS_SECURE_KEY);
        PostHogConfig config = PostHogConfig.builder(secureKey)
                .host(System.getenv().getOrDefault(EnvNames.POSTHOG_HOST, "https://us.i.posthog.com"))
                .build();
        log.info("Secure flags client configured (key length {})", secureKey == null ? 0 : secureKey.length());
        return PostHog.with(config);
    }

    /** Capture-only client for the replay tool; no personal key, so debug output is harmless. */
    @Bean(destroyMethod = "close")
    @Qualifier("replay")
    @Profile("replay")
    PostHogInterface replayClient() {
        PostHogConfig config = PostHogConfig.builder(System.getenv(EnvNames.POSTHOG_PROJECT_API_KEY))
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
