package io.northwind.flags.api;

import java.util.logging.Logger;

import io.northwind.flags.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Tells the browser SDK which PostHog project to talk to and logs failed requests.
 */
@Provider
public class ResponseHeadersFilter implements ContainerResponseFilter {

    private static final Logger LOGGER = Logger.getLogger(ResponseHeadersFilter.class.getName());

    static final String DEBUG_HEADER = "X-Flags-Debug";

    @Inject
    PostHogSettings settings;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-PostHog-Project", settings.projectApiKey());
        headers.putSingle("X-PostHog-Host", settings.host());

        if ("1".equals(request.getHeaderString(DEBUG_HEADER))) {
            headers.putSingle("X-PostHog-Local-Eval-Key", settings.flagsSecureKey());
        }

        String path = request.getUriInfo().getPath();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            LOGGER.fine("No " + HttpHeaders.AUTHORIZATION + " header on " + path);
        }
        if (response.getStatus() >= 400) {
            LOGGER.warning(request.getMethod() + " " + path + " -> " + response.getStatus() + " (auth: " + authorization + ")");
        }
    }
}
