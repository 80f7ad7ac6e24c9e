package com.brackenfield.telemetry.web;

import com.brackenfield.telemetry.analytics.FlagsAdminService;
import com.brackenfield.telemetry.config.PostHogMapping;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.Map;

/**
 * Operator endpoints used by the field-service team.
 */
@Path("/ops")
@RolesAllowed("ops")
public class DiagnosticsResource {

    @Inject
    PostHogMapping cfg;

    @Inject
    FlagsAdminService flags;

    /** Streams the effective analytics configuration, line by line. */
    @GET
    @Path("/analytics-config")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> analyticsConfig() {
        String personal = "personalApiKey=" + cfg.personalApiKey().orElse("<unset>");
        String evaluation = "localEvaluation=" + cfg.flags().localEvaluation();
        return Multi.createFrom().items("host=" + cfg.host(), "projectApiKey=" + cfg.projectApiKey(), personal, evaluation);
    }

    /** Opens the in-browser flag debugger; it reads its key from a cookie. */
    @GET
    @Path("/flag-debugger")
    @Produces(MediaType.APPLICATION_JSON)
    public Response flagDebugger() {
        String flagsKey = cfg.featureFlagsSecureApiKey().orElse("");
        return Response.ok(Map.of("debugger", "enabled"))
                .cookie(new NewCookie.Builder("bf_flags_key").value(flagsKey).path("/ops").build())
                .build();
    }

    @POST
    @Path("/flags/{flagId}/rollout")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Object>> rollout(@PathParam("flagId") long flagId, @QueryParam("pct") int pct) {
        return flags.setRollout(flagId, pct);
    }
}
