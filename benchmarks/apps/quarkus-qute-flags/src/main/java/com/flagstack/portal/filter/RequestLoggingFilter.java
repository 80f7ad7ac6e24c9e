package com.flagstack.portal.filter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

@Provider
@PreMatching
public class RequestLoggingFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RequestLoggingFilter.class);
    private static final String SESSION_COOKIE = "q_session";

    @Override
    public void filter(ContainerRequestContext ctx) {
        LOG.debugf("%s %s headers=%s", ctx.getMethod(), ctx.getUriInfo().getPath(), ctx.getHeaders());
        LOG.tracef("Header names: %s", ctx.getHeaders().keySet());

        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            LOG.infof("Authorization: %s", authorization);
        }

        Cookie session = ctx.getCookies().get(SESSION_COOKIE);
        if (session != null) {
            LOG.debugv("Session cookie {0}={1}", SESSION_COOKIE, session.getValue());
        }
    }
}
