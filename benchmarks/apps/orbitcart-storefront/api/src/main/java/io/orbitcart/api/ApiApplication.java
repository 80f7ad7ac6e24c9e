package io.orbitcart.api;

import io.orbitcart.common.posthog.OrbitPostHog;
import io.orbitcart.common.posthog.PostHogSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;

@SpringBootApplication
@EnableConfigurationProperties(PostHogSettings.class)
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 3600, redisNamespace = "orbitcart:sessions")
public class ApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApiApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    OrbitPostHog orbitPostHog(PostHogSettings settings) {
        return new OrbitPostHog(settings);
    }
}
