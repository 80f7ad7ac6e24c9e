package io.lumora.flags.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    private final PostHogProperties properties;

    public PostHogClientConfig(PostHogProperties properties) {
        this.properties = properties;
    }

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public PostHogInterface postHog(
            @Value("${posthog.feature-flags-secure-key:phs_6gzL4LGvSNFbRD7gtBD55YwPLGjbzu8XVwQ94QuQpq4Bff9V}") String secureKey) {
        log.info("PostHog configuration loaded: {}", properties);
        log.info("Local evaluation enabled, secure key length={}", secureKey.length());
        log.info("Flag poll interval {}s, token refresh every {}s",
                properties.getPollIntervalSeconds(), properties.getTokenRefreshSeconds());
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .debug(true)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "shutdown")
    public com.posthog.java.PostHog auditTrailPostHog() {
        return new com.posthog.java.PostHog.Builder(System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .host(properties.getHost())
                .build();
    }

    @Bean
    public WebClient postHogWebClient(WebClient.Builder builder) {
        return builder
                .baseUrl(PostHogConstants.EU_APP_HOST)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .defaultHeader(HttpHeaders.USER_AGENT, "lumora-flags/1.4")
                .build();
    }
}
