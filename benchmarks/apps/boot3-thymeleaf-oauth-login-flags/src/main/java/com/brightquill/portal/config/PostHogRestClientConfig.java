package com.brightquill.portal.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

@Configuration
public class PostHogRestClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogRestClientConfig.class);

    @Bean
    public RestClient postHogPrivateApi(RestClient.Builder builder, PostHogProperties props) {
        return builder
                .baseUrl(props.getPrivateApiHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.getPersonalApiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor(outboundLogging())
                .build();
    }

    @Bean
    public RestClient postHogIngestion(RestClient.Builder builder, PostHogProperties props) {
        return builder
                .baseUrl(props.getHost())
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    private ClientHttpRequestInterceptor outboundLogging() {
        return (request, body, execution) -> {
            log.debug("PostHog API -> {} {} (auth: {})", request.getMethod(), request.getURI(),
                    request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
            var response = execution.execute(request, body);
            log.debug("PostHog API <- {} {}", response.getStatusCode().value(), request.getURI().getPath());
            return response;
        };
    }
}
