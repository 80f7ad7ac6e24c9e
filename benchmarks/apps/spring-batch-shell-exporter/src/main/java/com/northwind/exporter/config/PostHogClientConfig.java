package com.northwind.exporter.config;

import com.posthog.server.PostHogConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    @Bean
    @Profile("!verbose")
    public PostHogConfig postHogConfig(PostHogProperties properties) {
        return PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(60)
                .build();
    }

    /**
     * Used when chasing flag-evaluation differences between the exporter and the web app.
     */
    @Bean(name = "postHogConfig")
    @Profile("verbose")
    public PostHogConfig verbosePostHogConfig(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .build();
        config.setPersonalApiKey(properties.getPersonalApiKey());
        config.setDebug(true);
        return config;
    }
}
