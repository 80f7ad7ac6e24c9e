package com.orbitcart.growthsync.config;

import com.orbitcart.growthsync.config.PostHogProperties.ApiKeyKind;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.net.http.HttpClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!local")
    PostHogInterface posthog(PostHogProperties properties) {
        log.info("PostHog settings: {}", properties);
        ApiKeyKind apiKey = properties.localEvaluationKeyKind();
        log.info("Local flag evaluation credentials: {}", apiKey);
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .debug(properties.debug())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("local")
    PostHogInterface localPosthog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        return PostHog.with(config);
    }

    /** Second client for the experiments service, which evaluates its flags locally too. */
    @Bean(name = "experimentsPosthog", destroyMethod = "close")
    @Profile("experiments")
    PostHogInterface experimentsPosthog(PostHogProperties properties, Environment env) {
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(env.getProperty("posthog.api.key"))
                .build();
        return PostHog.with(config);
    }

    @Bean
    HttpClient posthogHttpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }
}
