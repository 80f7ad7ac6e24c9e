package com.larkspur.flagdesk.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.larkspur.flagdesk.config.PostHogSettings;
import com.larkspur.flagdesk.dto.IntegrationStatus;
import com.larkspur.flagdesk.flags.FeatureFlagService;
import com.larkspur.flagdesk.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
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
import java.util.Map;
import org.jboss.logging.Logger;

@Path("/admin/posthog")
@Produces(MediaType.APPLICATION_JSON)
public class FlagAdminResource {

    private static final Logger LOG = Logger.getLogger(FlagAdminResource.class);

    @Inject
    FeatureFlagService flags;

    @Inject
    PostHogSettings settings;

    @GET
    @Path("/flags")
    public JsonNode flags() {
        return flags.listFlags();
    }

    @POST
    @Path("/flags/{id}/toggle")
    public JsonNode toggle(@PathParam("id") long id, @QueryParam("active") boolean active,
                           @Context SecurityContext security) {
        String actor = security.getUserPrincipal() != null ? security.getUserPrincipal().getName() : "anonymous";
        return flags.toggle(id, active, actor);
    }

    @POST
    @Path("/sync")
    public Map<String, Object> syncNow() {
        int synced = flags.syncLocalDefinitions();
        return Map.of("synced", synced);
    }

    @GET
    @Path("/integration")
    public Response integration() {
        IntegrationStatus status = new IntegrationStatus(
                settings.host(),
                settings.projectId(),
                settings.projectApiKey(),
                settings.personalApiKey(),
                KeyMasker.mask(settings.featureFlagsSecureApiKey()),
                settings.pollIntervalSeconds());
        LOG.infof("Integration status requested: %s", status);
        return Response.ok(status).build();
    }

    @GET
    @Path("/integration/health")
    public Map<String, Object> health() {
        boolean personalKeyConfigured = settings.personalApiKey() != null && !settings.personalApiKey().isBlank();
        LOG.infof("Integration health: personal key configured=%s, personal key length=%d",
                personalKeyConfigured, settings.personalApiKey().length());
        return Map.of(
                "personalKeyConfigured", personalKeyConfigured,
                "personalApiKey", KeyMasker.mask(settings.personalApiKey()));
    }

    /**
     * Support-only: spins up a throwaway client with verbose SDK logging to diagnose
     * local-evaluation problems, evaluates one flag and shuts it down again.
     */
    @POST
    @Path("/diagnostics/evaluate")
    public Map<String, Object> diagnose(@QueryParam("flag") String flagKey, @QueryParam("distinctId") String distinctId) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey()).host(settings.host()).build();
        config.setPersonalApiKey(settings.personalApiKey());
        config.setDebug(true);
        PostHogInterface probe = PostHog.with(config);
        try {
            return Map.of("flag", flagKey, "enabled", probe.isFeatureEnabled(distinctId, flagKey, false));
        } finally {
            probe.close();
        }
    }
}
