package com.lumenshop.flags.rest;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.lumenshop.flags.config.PostHogSettings;

/**
 * Request audit log and the headers the admin SPA expects.
 */
public class RequestAuditFilters {

    private static final Logger LOG = Logger.getLogger(RequestAuditFilters.class);

    static final String FLAGS_KEY_HEADER = "X-PostHog-Key";

    @Inject
    PostHogSettings settings;

    @ServerRequestFilter(preMatching = true)
    public void audit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/q/")) {
            return;
        }
        LOG.debugf("%s %s auth=%s", request.getMethod(), path, request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Map<String, String> safeHeaders = request.getHeaders().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getKey().equalsIgnoreCase(HttpHeaders.AUTHORIZATION)
                                || e.getKey().equalsIgnoreCase(HttpHeaders.COOKIE) ? "<redacted>" : String.join(",", e.getValue())));
        LOG.tracef("headers %s", safeHeaders);
    }

    @ServerResponseFilter
    public void adminHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/admin")) {
            response.getHeaders().putSingle("X-PostHog-Project", settings.projectId());
            response.getHeaders().putSingle(FLAGS_KEY_HEADER, settings.personalApiKey());
        }
    }
}
