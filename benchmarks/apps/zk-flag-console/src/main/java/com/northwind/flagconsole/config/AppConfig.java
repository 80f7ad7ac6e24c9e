package com.northwind.flagconsole.config;

import com.northwind.flagconsole.model.ConnectionInfo;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.annotation.PropertySource;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

/**
 * Root Spring context, bootstrapped by ContextLoaderListener (see web.xml).
 */
@Configuration
@ComponentScan("com.northwind.flagconsole")
@PropertySource("classpath:application.properties")
public class AppConfig {

    private static final Logger log = LoggerFactory.getLogger(AppConfig.class);

    @Bean
    public static PropertySourcesPlaceholderConfigurer placeholderConfigurer() {
        return new PropertySourcesPlaceholderConfigurer();
    }

    @Bean
    public RestTemplate restTemplate() {
        // HttpComponents is needed for PATCH on /feature_flags/{id}/
        return new RestTemplate(new HttpComponentsClientHttpRequestFactory());
    }

    @Bean(destroyMethod = "close")
    @Profile("!staging")
    public PostHogInterface postHog(PostHogSettings settings) {
        String secureKey = settings.getFeatureFlagsSecureKey();
        log.info("Local evaluation enabled, secure key has {} characters", secureKey.length());

        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(false)
                .build();

        ConnectionInfo info = new ConnectionInfo(settings.getHost(), settings.getProjectApiKey(), secureKey, true);
        log.info("PostHog client ready: {}", info);
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("staging")
    public PostHogInterface stagingPostHog(PostHogSettings settings) {
        // staging: verbose SDK output so we can follow the flag poller in the container logs
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
