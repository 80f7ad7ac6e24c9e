package com.brightlane.rollouts.client;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs outgoing calls to the PostHog private API. Turn on TRACE for this class when a flag
 * sync misbehaves to see exactly what is sent.
 */
@ClientFilter(serviceId = "posthog-api")
public class PostHogRequestLoggingFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogRequestLoggingFilter.class);

    @RequestFilter
    public void logOutgoing(MutableHttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            LOG.warn("Outgoing PostHog call {} has no {} header", request.getPath(), HttpHeaders.AUTHORIZATION);
            return;
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("-> {} {} Authorization: {}", request.getMethodName(), request.getUri(), authorization);
        }
    }
}
