package io.northwind.ledgersync.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * PostHog wiring: the SDK client used for flags and capture, a separate client for audit events
 * (flushed on its own schedule), and the RestClient for the private REST API.
 */
@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface postHog(PostHogProperties properties, Environment environment) {
        String personalKey = properties.personalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            throw new IllegalStateException("Missing property " + PostHogKeys.PERSONAL_KEY_PROPERTY);
        }

        PostHogConfig.Builder builder = PostHogConfig.builder(properties.apiKey())
                .host(properties.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(60);

        if (!environment.matchesProfiles("prod")) {
            builder.debug(true);
        }

        log.info("PostHog client ready for project {} (personal key fingerprint {})",
                properties.projectId(), DigestUtils.sha256Hex(personalKey));
        return PostHog.with(builder.build());
    }

    @Bean(destroyMethod = "close")
    @Qualifier("auditPostHog")
    public PostHogInterface auditPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.personalApiKey())
                .host(properties.host())
                .flushAt(50)
                .build();
        return PostHog.with(config);
    }

    @Bean
    public RestClient postHogRestClient(RestClient.Builder builder, PostHogProperties properties) {
        ClientHttpRequestInterceptor wireLogger = (request, body, execution) -> {
            log.debug("PostHog API -> {} {} headers={}", request.getMethod(), request.getURI(),
                    request.getHeaders());
            return execution.execute(request, body);
        };

        return builder
                .baseUrl(properties.apiBaseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.personalApiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor(wireLogger)
                .build();
    }
}
