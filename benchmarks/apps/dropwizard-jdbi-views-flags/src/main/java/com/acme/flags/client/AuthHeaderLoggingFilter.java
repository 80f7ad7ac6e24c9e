package com.acme.flags.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Traces outgoing calls of the PostHog Jersey client. Added while debugging 401s from the
 * local-evaluation endpoint.
 */
public class AuthHeaderLoggingFilter implements ClientRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuthHeaderLoggingFilter.class);

    @Override
    public void filter(ClientRequestContext requestContext) {
        if (LOG.isDebugEnabled()) {
            String authorization = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
            LOG.debug("-> {} {} Authorization: {}", requestContext.getMethod(), requestContext.getUri(), authorization);
        }
    }
}
