package io.flagdeck.saas.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public PostHogInterface platformPostHog(PostHogProperties props) {
        log.info("Loaded PostHog settings: {}", props);
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPlatformPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        return PostHog.with(config);
    }

    /** Client for Flagdeck's own PostHog organisation (private API). */
    @Bean
    @Qualifier("platformApi")
    public RestClient platformApiRestClient(RestClient.Builder builder, PostHogProperties props) {
        return builder.clone()
                .baseUrl(props.apiHost())
                .defaultHeaders(headers -> headers.setBearerAuth(props.personalApiKey()))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    /** Client used for tenant calls; every request carries the tenant's own credentials. */
    @Bean
    @Qualifier("tenantApi")
    public RestClient tenantApiRestClient(RestClient.Builder builder) {
        return builder.clone()
                .defaultHeader(HttpHeaders.USER_AGENT, "flagdeck/0.4")
                .build();
    }
}
