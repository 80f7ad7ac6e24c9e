package org.saltmarsh.ledger.api.filter;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthLoggingFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuthLoggingFilter.class.getName());

    private static final Set<String> REDACT = Set.of(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE, "X-Admin-Token");

    @Override
    public void filter(ContainerRequestContext ctx) {
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        Cookie session = ctx.getCookies().get("JSESSIONID");
        LOG.fine("checking " + HttpHeaders.AUTHORIZATION + " on " + ctx.getUriInfo().getPath());
        if (authorization != null) {
            LOG.log(Level.FINE, "credentials: {0}", authorization);
        }
        if (session != null) {
            LOG.fine("resuming session " + session.getValue());
        }
        LOG.finer(() -> "request headers " + redacted(ctx.getHeaders()));
        boolean tokenValid = authorization != null && authorization.startsWith("Bearer ") && authorization.length() > 20;
        LOG.finest("bearer token well-formed: " + tokenValid);
    }

    private static Map<String, String> redacted(MultivaluedMap<String, String> headers) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) ->
                out.put(name, REDACT.stream().anyMatch(name::equalsIgnoreCase) ? "<redacted>" : String.join(",", values)));
        return out;
    }
}
