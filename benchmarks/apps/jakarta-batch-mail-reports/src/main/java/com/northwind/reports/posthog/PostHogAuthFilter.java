package com.northwind.reports.posthog;

import com.northwind.reports.config.ApiKeys;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.jboss.logging.Logger;

/**
 * Adds the personal API key as a bearer token to every call made to the
 * PostHog private API ({@code /api/projects/...}).
 */
public class PostHogAuthFilter implements ClientRequestFilter {

    private static final Logger LOG = Logger.getLogger(PostHogAuthFilter.class);

    private final String personalApiKey;

    public PostHogAuthFilter(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @Override
    public void filter(ClientRequestContext requestContext) {
        requestContext.getHeaders().putSingle(ApiKeys.AUTHORIZATION_HEADER, ApiKeys.BEARER_PREFIX + personalApiKey);
        if (LOG.isTraceEnabled()) {
            LOG.tracef("-> %s %s headers=%s", requestContext.getMethod(), requestContext.getUri(),
                    requestContext.getStringHeaders());
        }
    }
}
