package com.ferrowave.flagsync.governance;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;

/**
 * Request tracing for the governance client. Runs after the OIDC client filter so the
 * bearer token is already on the request.
 */
@Priority(Priorities.AUTHENTICATION + 10)
public class OutgoingAuthLoggingFilter implements ClientRequestFilter {

    private static final Logger LOG = Logger.getLogger(OutgoingAuthLoggingFilter.class);

    @Override
    public void filter(ClientRequestContext ctx) {
        if (LOG.isDebugEnabled()) {
            String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
            LOG.debugf("-> %s %s Authorization=%s", ctx.getMethod(), ctx.getUri(), authorization);
        }
    }
}
