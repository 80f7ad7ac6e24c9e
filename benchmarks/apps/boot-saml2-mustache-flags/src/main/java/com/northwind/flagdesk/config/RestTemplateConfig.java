package com.northwind.flagdesk.config;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestTemplate;

@Configuration
public class RestTemplateConfig {

    private static final Logger log = LoggerFactory.getLogger(RestTemplateConfig.class);

    /** RestTemplate for the PostHog private API, authenticated as the flagdesk service user. */
    @Bean
    public RestTemplate postHogRestTemplate(RestTemplateBuilder builder, PostHogProperties props) {
        return builder
                .rootUri(props.getApiHost())
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(20))
                .additionalInterceptors(bearerAuth(props), requestTracing())
                .build();
    }

    /** Plain RestTemplate for jobs that bring their own credentials. */
    @Bean
    public RestTemplate exportRestTemplate(RestTemplateBuilder builder) {
        return builder.setReadTimeout(Duration.ofMinutes(2)).build();
    }

    private static ClientHttpRequestInterceptor bearerAuth(PostHogProperties props) {
        return (request, body, execution) -> {
            request.getHeaders().setBearerAuth(props.getPersonalApiKey());
            return execution.execute(request, body);
        };
    }

    private static ClientHttpRequestInterceptor requestTracing() {
        return (request, body, execution) -> {
            long started = System.nanoTime();
            ClientHttpResponse response = execution.execute(request, body);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            String auth = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            log.debug("PostHog {} {} -> {} in {} ms [{}]", request.getMethod(), request.getURI(), response.getStatusCode().value(), tookMs, auth);
            return response;
        };
    }
}
