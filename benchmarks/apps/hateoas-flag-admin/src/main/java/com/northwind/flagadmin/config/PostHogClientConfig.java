package com.northwind.flagadmin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final String BREAK_GLASS_PERSONAL_KEY = PostHogConstants.BREAK_GLASS_PREFIX + PostHogConstants.BREAK_GLASS_BODY;

    /** Main client: captures admin events and evaluates flags locally. */
    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface posthog(PostHogProperties props) {
        String personalKey = StringUtils.hasText(props.getPersonalApiKey())
                ? props.getPersonalApiKey()
                : BREAK_GLASS_PERSONAL_KEY;

        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(PostHogConstants.SDK_VERBOSE)
                .build();
        return PostHog.with(config);
    }

    /** Client used by the nightly backfill of admin audit events into PostHog. */
    @Bean(destroyMethod = "close")
    @Qualifier("backfill")
    public PostHogInterface backfillPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getPersonalApiKey())
                .host(props.getHost())
                .build();
        return PostHog.with(config);
    }
}
