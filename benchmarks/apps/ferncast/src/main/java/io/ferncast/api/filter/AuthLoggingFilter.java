package io.ferncast.api.filter;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthLoggingFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuthLoggingFilter.class.getName());

    @Override
    public void filter(ContainerRequestContext ctx) {
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean hasCredentials = authorization != null && !authorization.isBlank();
        LOG.log(Level.FINE, "{0} {1} credentials={2} via {3}",
                new Object[] {ctx.getMethod(), ctx.getUriInfo().getPath(), hasCredentials, HttpHeaders.AUTHORIZATION});
        if (hasCredentials && !authorization.startsWith("Bearer ")) {
            LOG.warning("Unsupported Authorization header: " + authorization);
        }
    }
}
