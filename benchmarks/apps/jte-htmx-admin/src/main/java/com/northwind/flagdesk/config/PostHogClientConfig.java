package com.northwind.flagdesk.config;

import com.northwind.flagdesk.posthog.KeyMasks;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /**
     * Client used by the flag pages to evaluate flags locally, so the console shows
     * what production users actually get.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("flags")
    public PostHogInterface flagsClient(PostHogProperties props) {
        log.debug("Loaded {}", props);
        if (!StringUtils.hasText(props.getPersonalApiKey())) {
            log.warn("Property {} is not set; flags will be evaluated remotely",
                    PostHogDefaults.PERSONAL_KEY_PROPERTY);
        }

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(PostHogDefaults.FLAG_POLL_SECONDS)
                .debug(PostHogDefaults.SDK_VERBOSE)
                .build();

        log.info("PostHog flags client ready, local evaluation with key {}",
                KeyMasks.mask(props.getPersonalApiKey()));
        return PostHog.with(config);
    }

    /**
     * Client for the nightly "import usage" job, which reads flag usage back
     * through the same credentials the console uses.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("usageImport")
    public PostHogInterface usageImportClient(PostHogProperties props) {
        String host = props.getHost();
        log.info("Usage import client for {} authenticating as {}", host, props.getPersonalApiKey());
        PostHogConfig config = PostHogConfig.builder(props.getPersonalApiKey())
                .host(host)
                .build();
        return PostHog.with(config);
    }
}
