package io.northwind.flagportal.api;

import io.northwind.flagportal.config.RuntimeKeys;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The portal's React bundle evaluates a handful of flags in the browser with posthog-js; it
 * picks the key up from this header on the bootstrap call.
 */
@Provider
public class FlagsKeyHeaderFilter implements ContainerResponseFilter {

    static final String FLAGS_KEY_HEADER = "X-PostHog-Key";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("frontend/bootstrap")) {
            return;
        }
        if (RuntimeKeys.hasSecureKey()) {
            response.getHeaders().putSingle(FLAGS_KEY_HEADER, RuntimeKeys.secureKey());
        }
    }
}
