package io.tidewell.beacon.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    private final PostHogProperties props;

    public PostHogClientConfig(PostHogProperties props) {
        this.props = props;
        log.info("PostHog settings loaded: {}", props);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!flag-diagnostics")
    public PostHogInterface posthogClient() {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.localEvaluationKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    /**
     * Used when chasing "flag evaluated differently on server vs. browser" tickets:
     * run with --spring.profiles.active=flag-diagnostics to see every SDK request.
     */
    @Bean(destroyMethod = "close")
    @Primary
    @Profile("flag-diagnostics")
    public PostHogInterface diagnosticPosthogClient() {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(5)
                .build();
        return PostHog.with(config);
    }

    /** Flags-only client used by the dashboard preview endpoint. */
    @Bean(name = "previewFlagsClient", destroyMethod = "close")
    public PostHogInterface previewFlagsClient() {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.projectApiKey())
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
