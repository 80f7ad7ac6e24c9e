package com.brightlane.flagdesk.web;

import com.brightlane.flagdesk.config.PostHogKeys;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Access log for the admin API.
 */
@Provider
public class RequestAuditFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RequestAuditFilter.class);

    @Override
    public void filter(ContainerRequestContext requestContext) {
        String authorization = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
        LOG.infof("%s /%s authorization=%s", requestContext.getMethod(),
                requestContext.getUriInfo().getPath(), authorization);

        String apiKeyHeader = requestContext.getHeaderString(PostHogKeys.HEADER_API_KEY);
        LOG.debugf("%s header present: %b", PostHogKeys.HEADER_API_KEY, apiKeyHeader != null);
    }
}
