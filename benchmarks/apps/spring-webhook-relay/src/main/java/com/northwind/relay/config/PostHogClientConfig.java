package com.northwind.relay.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("Initialising PostHog server client with {}", props);
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(60)
                .debug(props.isSdkDebug())
                .build();
        return PostHog.with(config);
    }

    @Bean
    public com.posthog.java.PostHog legacyCaptureClient(PostHogProperties props) {
        return new com.posthog.java.PostHog.Builder(props.getProjectApiKey())
                .host(props.getHost())
                .build();
    }

    @Bean
    public RestClient postHogRestClient(RestClient.Builder builder, PostHogProperties props) {
        if (!StringUtils.hasText(props.getPersonalApiKey())) {
            log.warn("{} is not set; PostHog API calls will be rejected", PostHogApiConstants.PERSONAL_KEY_PROPERTY);
        }
        return builder
                .baseUrl(props.getApiHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.getPersonalApiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }
}
