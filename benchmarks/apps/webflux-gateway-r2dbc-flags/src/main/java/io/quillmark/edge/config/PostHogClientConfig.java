package io.quillmark.edge.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quillmark.edge.support.KeyMasker;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    /** Marketing site project; the same key is in the public web snippet. */
    private static final String MARKETING_PROJECT_KEY = "phc_RYhhn2e9BzTtbofGnzdVCyn77Jpr6sJSnpE3ByKdyect";

    /**
     * Main client: local evaluation of the gateway flags, polled every 30 s.
     */
    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface posthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(30)
                // EDGE-412: still chasing stale flag definitions on staging pods
                .debug(true)
                .build();
        log.info("PostHog flags client ready for {} (personal key {})",
                props.host(), KeyMasker.mask(props.personalApiKey()));
        return PostHog.with(config);
    }

    /**
     * Capture-only client for marketing landing pages served through the gateway.
     */
    @Bean(name = "marketingPostHog", destroyMethod = "close")
    public PostHogInterface marketingPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(MARKETING_PROJECT_KEY)
                .host(props.host())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Used by the nightly flag report; evaluates flags locally for every customer account.
     */
    @Bean(name = "reportingPostHog", destroyMethod = "close")
    public PostHogInterface reportingPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.projectApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(300)
                .build();
        return PostHog.with(config);
    }
}
