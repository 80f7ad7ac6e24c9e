package com.northwind.flags.client;

import java.util.logging.Logger;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Traces outgoing calls to PostHog; added while debugging 401s from the flags API.
 */
public class OutgoingHeaderLogger implements ClientRequestFilter {

    private static final Logger LOG = Logger.getLogger(OutgoingHeaderLogger.class.getName());

    @Override
    public void filter(ClientRequestContext requestContext) {
        LOG.fine(() -> requestContext.getMethod() + " " + requestContext.getUri() + " headers=" + requestContext.getHeaders());
    }
}
