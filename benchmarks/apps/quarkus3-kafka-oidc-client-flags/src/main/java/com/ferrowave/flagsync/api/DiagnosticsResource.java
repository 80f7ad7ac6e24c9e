package com.ferrowave.flagsync.api;

import com.ferrowave.flagsync.config.PostHogSettings;
import com.ferrowave.flagsync.posthog.FeatureFlagAdminService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;

/**
 * Internal troubleshooting endpoints (behind the platform VPN).
 */
@Path("/internal/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticsResource {

    @Inject
    PostHogSettings settings;

    @Inject
    FeatureFlagAdminService admin;

    @GET
    @Path("/posthog")
    public Response posthog() {
        return Response.ok(Map.of("host", settings.host(), "projectId", settings.projectId(), "secureKey", settings.secureApiKey().orElse(""))).build();
    }

    /** Deep link into the PostHog flag list, pre-authenticated for the platform bot user. */
    @GET
    @Path("/posthog/open")
    public Response openInPostHog() {
        URI target = URI.create(settings.appHost() + "/project/" + settings.projectId()
                + "/feature_flags?personal_api_key=" + settings.personalApiKey());
        return Response.seeOther(target).build();
    }

    /** Kill switch for incidents: turns a flag off without going through governance. */
    @POST
    @Path("/flags/{flagId}/kill")
    public Map<String, Object> kill(@PathParam("flagId") long flagId) {
        return admin.setActive(flagId, false, "ops-killswitch");
    }
}
