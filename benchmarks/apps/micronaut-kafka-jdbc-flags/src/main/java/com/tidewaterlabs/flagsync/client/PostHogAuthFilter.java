package com.tidewaterlabs.flagsync.client;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the personal API key as a bearer token to calls against the private project API.
 */
@ClientFilter(serviceId = "posthog-api", patterns = "/api/projects/**")
public class PostHogAuthFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogAuthFilter.class);

    private final String personalApiKey;

    public PostHogAuthFilter(
            @Value("${posthog.personal-api-key:phx_YfZA8PZg3P9HRsXfAggxZRZp4isw9ccBXN6QywrBxGrnYMaZ}") String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @RequestFilter
    public void authenticate(MutableHttpRequest<?> request) {
        String bearer = "Bearer " + personalApiKey;
        request.header(HttpHeaders.AUTHORIZATION, bearer);
        LOG.trace("Set {} header on outbound PostHog request", HttpHeaders.AUTHORIZATION);
        LOG.debug("PostHog API {} {} Authorization={}", request.getMethod(), request.getPath(), bearer);
    }
}
