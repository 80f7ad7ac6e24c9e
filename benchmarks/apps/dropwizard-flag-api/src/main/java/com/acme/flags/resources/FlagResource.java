package com.acme.flags.resources;

import com.acme.flags.auth.ApiTokenAuthenticator.Caller;
import com.acme.flags.posthog.PostHogApiClient;
import com.posthog.server.PostHogInterface;
import io.dropwizard.auth.Auth;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

@Path("/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    private static final Logger LOG = LoggerFactory.getLogger(FlagResource.class);

    private final PostHogInterface posthog;
    private final PostHogInterface audit;
    private final PostHogApiClient apiClient;

    public FlagResource(PostHogInterface posthog, PostHogInterface audit, PostHogApiClient apiClient) {
        this.posthog = posthog;
        this.audit = audit;
        this.apiClient = apiClient;
    }

    /** Flag definitions, for the ops dashboard. */
    @GET
    public List<Map<String, Object>> list(@Auth Caller caller) {
        List<Map<String, Object>> flags = apiClient.listFlags();
        LOG.debug("{} listed {} flag definitions", caller.name(), flags.size());
        return flags;
    }

    @GET
    @Path("/{flagKey}")
    public Map<String, Object> evaluate(@Auth Caller caller,
                                        @PathParam("flagKey") String flagKey,
                                        @QueryParam("distinctId") @NotBlank String distinctId) {
        boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey, false);
        return Map.of("flag", flagKey, "distinctId", distinctId, "enabled", enabled);
    }

    @POST
    @Path("/{flagKey}/reload")
    public Map<String, Object> reload(@Auth Caller caller, @PathParam("flagKey") String flagKey) {
        posthog.reloadFeatureFlags();
        audit.capture(caller.name(), "flag definitions reloaded", Map.of("flag", flagKey));
        return Map.of("reloaded", true);
    }
}
