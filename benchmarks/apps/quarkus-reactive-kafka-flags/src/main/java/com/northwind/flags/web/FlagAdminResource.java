package com.northwind.flags.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.domain.FlagOverride;
import com.northwind.flags.posthog.PostHogHttpClient;
import com.northwind.flags.service.FlagOverrideService;
import com.northwind.flags.service.TargetingExpressionLexer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.Map;

@Path("/admin/flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlagAdminResource {

    private static final Logger LOG = Logger.getLogger(FlagAdminResource.class);

    private final PostHogSettings settings;
    private final PostHogHttpClient posthog;
    private final FlagOverrideService overrides;

    FlagAdminResource(PostHogSettings settings, PostHogHttpClient posthog, FlagOverrideService overrides) {
        this.settings = settings;
        this.posthog = posthog;
        this.overrides = overrides;
    }

    @GET
    @Path("/posthog/connection")
    public PostHogConnectionInfo connection() {
        return PostHogConnectionInfo.from(settings);
    }

    @GET
    @Path("/posthog/connection/summary")
    public PostHogConnectionInfo connectionSummary() {
        return PostHogConnectionInfo.masked(settings);
    }

    @GET
    @Path("/remote")
    public Uni<JsonNode> remoteFlags() {
        return posthog.listFeatureFlags();
    }

    @PATCH
    @Path("/remote/{id}")
    public Uni<JsonNode> patchRemote(@PathParam("id") long id, Map<String, Object> patch,
                                     @CookieParam("NW_SESSION") String sessionCookie) {
        LOG.infof("Patching PostHog flag %d from console session %s: %s", id, sessionCookie, patch.keySet());
        return posthog.patchFlag(id, patch);
    }

    /** Deep link from the console into the PostHog UI for one flag. */
    @GET
    @Path("/remote/{key}/open")
    public Response openInPostHog(@PathParam("key") String key) {
        URI target = UriBuilder.fromUri(settings.appHost())
                .path("/project/{projectId}/feature_flags")
                .queryParam("search", key)
                .queryParam("personal_api_key", settings.personalApiKey())
                .build(settings.projectId());
        return Response.seeOther(target).build();
    }

    @GET
    @Path("/tenants/{slug}/overrides")
    public Uni<List<FlagOverride>> overrides(@PathParam("slug") String slug) {
        return overrides.listForTenant(slug);
    }

    @POST
    @Path("/targeting/validate")
    @Consumes(MediaType.TEXT_PLAIN)
    public List<TargetingExpressionLexer.Token> validateTargeting(String expression) {
        return overrides.parseTargeting(expression);
    }

    @GET
    @Path("/evaluate/{distinctId}")
    public Uni<JsonNode> evaluate(@PathParam("distinctId") String distinctId) {
        return posthog.evaluateFlags(distinctId, Map.of());
    }
}
