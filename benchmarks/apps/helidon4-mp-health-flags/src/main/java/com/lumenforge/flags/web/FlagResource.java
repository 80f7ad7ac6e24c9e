package com.lumenforge.flags.web;

import java.util.Map;

import com.lumenforge.flags.posthog.CaptureEvent;
import com.lumenforge.flags.posthog.PostHogHttpClient;
import com.posthog.server.PostHogInterface;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Evaluates feature flags for internal services that cannot embed the SDK.
 */
@Path("/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    @Inject
    PostHogInterface posthog;

    @Inject
    PostHogHttpClient client;

    @GET
    @Path("/{flag}")
    public Map<String, Object> evaluate(@PathParam("flag") String flag,
                                        @QueryParam("distinctId") String distinctId) {
        if (distinctId == null || distinctId.isBlank()) {
            throw new BadRequestException("distinctId is required");
        }
        boolean enabled = posthog.isFeatureEnabled(distinctId, flag);
        client.capture(new CaptureEvent("flag_gateway_evaluated", distinctId,
                Map.of("flag", flag, "enabled", enabled, "source", "flags-service")));
        return Map.of("flag", flag, "distinctId", distinctId, "enabled", enabled);
    }
}
