package com.northwind.flagdesk.config;

import com.northwind.flagdesk.http.PostHogAuthInterceptor;
import com.northwind.flagdesk.http.RequestLoggingInterceptor;
import java.time.Duration;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

@Configuration
public class RestTemplateConfig {

    /**
     * RestTemplate for PostHog's capture, flags and private REST APIs. Interceptors run in
     * registration order: authentication first, then request logging.
     */
    @Bean
    public RestTemplate postHogRestTemplate(RestTemplateBuilder builder,
                                            PostHogAuthInterceptor authInterceptor,
                                            RequestLoggingInterceptor loggingInterceptor) {
        return builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(20))
                .additionalInterceptors(authInterceptor, loggingInterceptor)
                .build();
    }
}
