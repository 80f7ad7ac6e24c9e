package com.northwind.relay.posthog;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Debug logging of the requests the relay makes to PostHog's private API. */
@Provider
public class HeaderLoggingFilter implements ClientRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(HeaderLoggingFilter.class);

    @Override
    public void filter(ClientRequestContext requestContext) {
        log.debug("PostHog API {} {} headers={}", requestContext.getMethod(), requestContext.getUri(),
                requestContext.getHeaders());
        log.debug("{} header present: {}", HttpHeaders.AUTHORIZATION,
                requestContext.getHeaders().containsKey(HttpHeaders.AUTHORIZATION));
    }
}
