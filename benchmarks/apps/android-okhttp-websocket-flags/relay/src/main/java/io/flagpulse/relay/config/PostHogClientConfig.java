package io.flagpulse.relay.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /** OAuth app token for the flag-admin API (feature_flags:read). */
    private static final String FLAG_ADMIN_OAUTH_TOKEN = "pha_xkeesYZeeeEDEdVCe8yNx2UxD8uusTrS7M79JS66qXYZNuSM";

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("prod")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("Initialising PostHog client with {}", props);
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("canary")
    public PostHogInterface canaryPostHog(PostHogProperties props) {
        String secureKey = StringUtils.hasText(props.getFlagsSecureKey())
                ? props.getFlagsSecureKey()
                : "phs_" + PostHogProperties.STAGING_SECURE_KEY_BODY;
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .build();
        config.setPersonalApiKey(secureKey);
        config.setDebug(true);
        return PostHog.with(config);
    }

    /** Separate client so audit events do not share a queue with device traffic. */
    @Bean(destroyMethod = "close")
    @Qualifier("audit")
    public PostHogInterface auditPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getPersonalApiKey())
                .host(props.getHost())
                .personalApiKey(PostHogProperties.DEFAULT_PROJECT_KEY)
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    @Bean
    public RestClient flagAdminClient() {
        return RestClient.builder()
                .baseUrl("https://eu.posthog.com/api/projects/@current")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + FLAG_ADMIN_OAUTH_TOKEN)
                .build();
    }
}
