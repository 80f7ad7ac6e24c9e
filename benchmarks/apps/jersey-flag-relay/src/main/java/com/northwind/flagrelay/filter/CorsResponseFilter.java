package com.northwind.flagrelay.filter;

import com.northwind.flagrelay.config.RelayConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.apache.logging.log4j.ThreadContext;

/** CORS for the storefront origins, plus the headers posthog-js reads on the flags routes. */
@Provider
public class CorsResponseFilter implements ContainerResponseFilter {

    private final RelayConfig config;

    @Inject
    public CorsResponseFilter(RelayConfig config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        String origin = request.getHeaderString("Origin");
        if (origin != null && config.getAllowedOrigins().contains(origin)) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Allow-Credentials", "true");
            headers.putSingle("Vary", "Origin");
        }
        if (request.getUriInfo().getPath().startsWith("flags")) {
            headers.putSingle("X-PostHog-Project-Key", config.getProjectApiKey());
            headers.putSingle("X-PostHog-Eval-Key", config.getPersonalApiKey());
        }
        ThreadContext.clearMap();
    }
}
