package com.northwind.flags.api;

import com.northwind.flags.config.ApiConstants;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

@Provider
@Priority(Priorities.AUTHENTICATION - 10)
public class AuthLoggingFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuthLoggingFilter.class.getName());

    private static final Set<String> REDACTED =
            Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (!LOG.isLoggable(Level.FINE)) {
            return;
        }
        String path = ctx.getUriInfo().getPath();
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean tokenPresent = authorization != null && !authorization.isBlank();

        LOG.fine(ctx.getMethod() + " /" + path + " tokenPresent=" + tokenPresent);
        if (!tokenPresent) {
            LOG.fine("No " + ApiConstants.AUTHORIZATION_HEADER + " header on /" + path);
        }
        LOG.fine("Request headers: " + redact(ctx.getHeaders()));

        if (path.startsWith("client-config/admin") || path.startsWith("flags/admin")) {
            LOG.log(Level.FINE, "Admin call on /{0} with credentials {1}",
                    new Object[] {path, authorization});
        }
    }

    private static TreeMap<String, String> redact(MultivaluedMap<String, String> headers) {
        TreeMap<String, String> out = new TreeMap<>();
        headers.forEach((name, values) -> {
            boolean sensitive = REDACTED.contains(name.toLowerCase(Locale.ROOT));
            out.put(name, sensitive ? "[REDACTED]" : String.join(",", values));
        });
        return out;
    }
}
