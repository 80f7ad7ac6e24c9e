package com.northwind.cohortbridge.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Traces outgoing PostHog requests; switched on with
 * {@code quarkus.log.category."com.northwind.cohortbridge.client".level=TRACE}.
 */
@Provider
public class PostHogRequestLoggingFilter implements ClientRequestFilter {

    private static final Logger LOG = Logger.getLogger(PostHogRequestLoggingFilter.class);

    @Override
    public void filter(ClientRequestContext requestContext) {
        if (LOG.isTraceEnabled()) {
            String auth = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
            LOG.tracef("-> %s %s (auth=%s)", requestContext.getMethod(), requestContext.getUri(), auth);
        }
    }
}
