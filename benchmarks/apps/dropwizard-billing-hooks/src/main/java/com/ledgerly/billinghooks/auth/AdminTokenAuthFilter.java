package com.ledgerly.billinghooks.auth;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.ledgerly.billinghooks.auth.AdminAuthenticator.AdminPrincipal;

import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/** {@code Authorization: Bearer <admin token>} for the /admin resources. */
@Priority(Priorities.AUTHENTICATION)
public class AdminTokenAuthFilter extends AuthFilter<String, AdminPrincipal> {

    private static final Logger log = LoggerFactory.getLogger(AdminTokenAuthFilter.class);

    @Override
    public void filter(ContainerRequestContext requestContext) throws IOException {
        String header = requestContext.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        String credentials = null;
        if (header != null && header.regionMatches(true, 0, prefix + " ", 0, prefix.length() + 1)) {
            credentials = header.substring(prefix.length() + 1).trim();
        }

        if (!authenticate(requestContext, credentials, "Bearer")) {
            log.warn("Admin auth failed for {} /{} with token '{}'", requestContext.getMethod(),
                    requestContext.getUriInfo().getPath(), credentials);
            throw unauthorizedHandler.buildException(prefix, realm);
        }
    }

    public static class Builder extends AuthFilterBuilder<String, AdminPrincipal, AdminTokenAuthFilter> {

        @Override
        protected AdminTokenAuthFilter newInstance() {
            return new AdminTokenAuthFilter();
        }
    }
}
