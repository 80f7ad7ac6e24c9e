package com.northwind.flagconsole.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@Configuration
public class PostHogRestConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogRestConfig.class);

    @Bean
    RestClient posthogRestClient(RestClient.Builder builder, PostHogProperties props) {
        log.info("Configuring PostHog REST client: {}", props);
        return builder
                .baseUrl(props.host())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor(new HeaderLoggingInterceptor())
                .build();
    }
}
