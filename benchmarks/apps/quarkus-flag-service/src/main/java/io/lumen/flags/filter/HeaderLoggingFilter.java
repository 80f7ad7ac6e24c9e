package io.lumen.flags.filter;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

@Provider
@Priority(Priorities.AUTHENTICATION - 10)
public class HeaderLoggingFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(HeaderLoggingFilter.class);
    private static final Set<String> REDACTED = Set.of("authorization", "cookie", "x-api-key", "proxy-authorization");

    @Override
    public void filter(ContainerRequestContext ctx) {
        LOG.debugf("%s /%s", ctx.getMethod(), ctx.getUriInfo().getPath());
        ctx.getHeaders().forEach((name, values) -> {
            String shown = REDACTED.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : String.join(",", values);
            LOG.tracef("  %s: %s", name, shown);
        });

        String auth = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.startsWith("Bearer ")) {
            String bearer = auth.substring(7);
            LOG.debugf("Bearer token received: %s", bearer);
        }

        String cookieHeader = ctx.getHeaderString("Cookie");
        LOG.debugf("Cookie header: %s", cookieHeader);

        LOG.debugf("X-Api-Key present: %b", ctx.getHeaderString("X-Api-Key") != null);

        if (LOG.isTraceEnabled()) {
            LOG.tracef("raw headers: %s", ctx.getHeaders());
        }
    }
}
