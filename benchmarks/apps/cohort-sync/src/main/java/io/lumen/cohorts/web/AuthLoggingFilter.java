package io.lumen.cohorts.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@Provider
@Priority(Priorities.AUTHENTICATION - 10)
public class AuthLoggingFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuthLoggingFilter.class);

    static final String API_TOKEN_HEADER = "X-Api-Token";

    enum CredentialKind { NONE, BEARER, BASIC, API_TOKEN }

    @ConfigProperty(name = "cohort-sync.partner-api-token")
    String partnerApiToken;

    @ConfigProperty(name = "cohort-sync.api-token-header", defaultValue = API_TOKEN_HEADER)
    String apiTokenHeader;

    @Override
    public void filter(ContainerRequestContext requestContext) {
        String method = requestContext.getMethod();
        String path = requestContext.getUriInfo().getPath();
        String authorization = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
        CredentialKind credential = authorization == null ? CredentialKind.NONE
                : authorization.startsWith("Bearer ") ? CredentialKind.BEARER : CredentialKind.BASIC;
        LOG.debugf("%s %s credential=%s hasAuthorization=%b agent=%s", method, path, credential,
                authorization != null, requestContext.getHeaderString(HttpHeaders.USER_AGENT));
        LOG.tracef("%s %s headers=%s", method, path, requestContext.getHeaders());

        if (path.startsWith("/partner/")) {
            String apiToken = requestContext.getHeaderString(apiTokenHeader);
            LOG.debugf("Partner call expects header %s", apiTokenHeader);
            if (apiToken == null || !apiToken.equals(partnerApiToken)) {
                LOG.warnf("Rejected partner API token %s on %s", apiToken, path);
                requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                        .entity("invalid partner API token").build());
            }
        }
    }
}
