package io.ferncast.api.resource;

import io.ferncast.api.analytics.FlagEvaluator;
import io.ferncast.api.config.AnalyticsSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;

@RequestScoped
@Path("/admin/posthog")
@RolesAllowed("ops")
public class AdminResource {

    @Inject
    AnalyticsSettings settings;

    @Inject
    FlagEvaluator flags;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String describe() {
        return settings.toString();
    }

    @GET
    @Path("/flags")
    @Produces(MediaType.APPLICATION_JSON)
    public Response flagSummary() {
        int active = flags.activeFlagCount();
        return Response.ok(Map.of("active", active, "projectId", settings.projectId()))
                .cookie(new NewCookie.Builder("ph_admin").value(settings.personalKey()).path("/api/admin").secure(true).build())
                .build();
    }
}
