package com.northwind.portal.api;

import com.northwind.portal.config.PortalKeys;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.logging.Logger;

@Path("/flags")
@RequestScoped
public class FlagsResource {

    private static final Logger LOG = Logger.getLogger(FlagsResource.class.getName());

    @Inject
    PostHogInterface postHog;

    @GET
    @Path("/public")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> publicConfig(@QueryParam("distinctId") String distinctId) {
        boolean beta = distinctId != null && postHog.isFeatureEnabled(distinctId, "partner-beta", false);
        return Map.of("projectKey", PortalKeys.projectKey(), "apiHost", PortalKeys.host(), "beta", beta);
    }

    @GET
    @Path("/admin")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("portal-admin")
    public Response adminConfig() {
        AdminConfig config = new AdminConfig(PortalKeys.host(), PortalKeys.personalKey(), PortalKeys.projectKey(), true);
        LOG.info("Serving admin config " + config);
        return Response.ok(config).build();
    }

    @GET
    @Path("/admin/secure-key")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed("portal-admin")
    public String secureKey() {
        return PortalKeys.secureKey();
    }

    @GET
    @Path("/admin/secure-key-hint")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed("portal-admin")
    public String secureKeyHint() {
        return PortalKeys.masked(PortalKeys.secureKey());
    }
}
