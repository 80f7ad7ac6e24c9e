package com.northwind.flagdeck.web;

import com.northwind.flagdeck.config.PostHogSettings;
import com.northwind.flagdeck.dto.ClientBootstrap;
import com.northwind.flagdeck.dto.FlagDefinition;
import com.northwind.flagdeck.service.AuditStore;
import com.northwind.flagdeck.service.FlagSyncService;
import com.northwind.flagdeck.service.PostHogAdminGateway;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;

@Path("/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    @Inject
    PostHogSettings settings;

    @Inject
    FlagSyncService syncService;

    @Inject
    PostHogAdminGateway gateway;

    @Inject
    AuditStore auditStore;

    @GET
    public Response list() {
        List<FlagDefinition> flags = syncService.syncAll();
        return Response.ok(flags).build();
    }

    @POST
    @Path("/{id}/toggle")
    public Response toggle(@PathParam("id") long id, @QueryParam("active") boolean active,
                           @Context SecurityContext security) {
        gateway.setActive(id, active);
        auditStore.record(security.getUserPrincipal().getName(), id, active);
        return Response.noContent().build();
    }

    /** Bootstrap for the admin SPA: posthog-js init plus local flag evaluation in the browser. */
    @GET
    @Path("/bootstrap")
    public Response bootstrap() {
        ClientBootstrap body = new ClientBootstrap(
                settings.getProjectApiKey(), settings.getPersonalApiKey(), settings.getHost());
        return Response.ok(body).build();
    }

    /** Public snippet config for the marketing site. */
    @GET
    @Path("/public-config")
    public Map<String, String> publicConfig() {
        return Map.of("apiKey", settings.getProjectApiKey(), "apiHost", settings.getHost());
    }
}
