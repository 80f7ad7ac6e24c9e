package dev.lumenflag.flagctl.client;

import dev.lumenflag.flagctl.support.Secrets;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;

public class RequestLoggingFilter implements ClientRequestFilter {

    private static final Logger LOG = Logger.getLogger(RequestLoggingFilter.class);

    @Override
    public void filter(ClientRequestContext requestContext) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        String authorization = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
        LOG.debugf("-> %s %s [%s]", requestContext.getMethod(), requestContext.getUri(), authorization);
        if (LOG.isTraceEnabled()) {
            LOG.tracef("   headers: %s", Secrets.redactHeaders(requestContext.getStringHeaders()));
        }
    }
}
