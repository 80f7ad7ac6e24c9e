package com.northwind.flagportal.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Access log for the REST API.
 */
@Provider
@Priority(Priorities.USER)
public class RequestAuditFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RequestAuditFilter.class.getName());

    private static final Set<String> SAFE_HEADERS = Set.of("Accept", "Content-Type", "User-Agent", "X-Request-Id");

    @Override
    public void filter(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (LOG.isLoggable(Level.FINEST)) {
            LOG.finest("Raw headers for " + ctx.getMethod() + " " + path + ": " + ctx.getHeaders());
        }
        Map<String, List<String>> visible = ctx.getHeaders().entrySet().stream()
                .filter(h -> SAFE_HEADERS.contains(h.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        LOG.info(() -> ctx.getMethod() + " " + path + " " + visible);
    }
}
