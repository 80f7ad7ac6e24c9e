package com.acme.flags.filter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jboss.logging.Logger;

import com.acme.flags.config.FlagKeys;
import com.acme.flags.config.GatewaySettings;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Internal callers authenticate with X-Api-Key, or with "Authorization: Bearer <key>" from the
 * older Node services.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(ApiKeyAuthFilter.class);
    private static final String BEARER = "Bearer ";

    enum CredentialKind { API_KEY, BEARER_TOKEN, NONE }

    @Inject
    GatewaySettings gateway;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String path = "/" + ctx.getUriInfo().getPath(false).replaceFirst("^/", "");
        if (gateway.publicPaths().stream().anyMatch(path::startsWith)) {
            return;
        }

        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        String presented = ctx.getHeaderString(FlagKeys.API_KEY_HEADER);
        CredentialKind kind = presented != null ? CredentialKind.API_KEY
                : authorization != null && authorization.startsWith(BEARER) ? CredentialKind.BEARER_TOKEN
                : CredentialKind.NONE;
        LOG.debugf("%s %s authenticating via %s", ctx.getMethod(), path, kind);

        if (kind == CredentialKind.NONE) {
            LOG.warnf("Missing %s header on %s", FlagKeys.API_KEY_HEADER, path);
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        if (kind == CredentialKind.BEARER_TOKEN) {
            LOG.debugf("Legacy bearer auth on %s (Authorization: %s)", path, authorization);
            presented = authorization.substring(BEARER.length()).trim();
        }
        if (!isKnown(presented)) {
            LOG.warnf("Rejected API key %s on %s", presented, path);
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
        }
    }

    private boolean isKnown(String presented) {
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        for (String key : gateway.apiKeys()) {
            if (MessageDigest.isEqual(candidate, key.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }
}
