package com.acme.flags.client;

import com.acme.flags.config.PostHogProperties;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the personal API key as a bearer token to calls made against the PostHog private API.
 */
@ClientFilter(value = "/api/projects/*/", serviceId = "posthog")
public class PostHogAuthFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogAuthFilter.class);

    private final PostHogProperties properties;

    public PostHogAuthFilter(PostHogProperties properties) {
        this.properties = properties;
    }

    @RequestFilter
    public void attachBearer(MutableHttpRequest<?> request) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        request.bearerAuth(properties.getPersonalApiKey());
        LOG.trace("Attached {} header to {}", HttpHeaders.AUTHORIZATION, request.getPath());
    }
}
