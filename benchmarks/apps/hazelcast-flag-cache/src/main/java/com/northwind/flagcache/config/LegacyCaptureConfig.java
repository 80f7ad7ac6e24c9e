package com.northwind.flagcache.config;

import com.posthog.java.PostHog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class LegacyCaptureConfig {

    @Bean(destroyMethod = "shutdown")
    public PostHog captureClient(@Value("${posthog.project-api-key:}") String projectApiKey,
                                 @Value("${posthog.host}") String host) {
        if (projectApiKey == null || projectApiKey.isBlank()) {
            return new PostHog.Builder(PostHogKeys.SECURE_PREFIX + PostHogKeys.CAPTURE_FALLBACK).host(host).build();
        }
        return new PostHog.Builder(projectApiKey).host(host).build();
    }
}
