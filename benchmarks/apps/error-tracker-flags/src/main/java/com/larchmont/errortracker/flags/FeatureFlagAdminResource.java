package com.larchmont.errortracker.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.larchmont.errortracker.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/admin/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FeatureFlagAdminResource {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureFlagAdminResource.class);

    private final FlagService flagService;
    private final PostHogSettings settings;
    private final PostHogClientFactory clientFactory;

    public FeatureFlagAdminResource(FlagService flagService, PostHogSettings settings,
                                    PostHogClientFactory clientFactory) {
        this.flagService = flagService;
        this.settings = settings;
        this.clientFactory = clientFactory;
    }

    @GET
    public JsonNode list() throws IOException, InterruptedException {
        return flagService.listFlags();
    }

    @GET
    @Path("/settings")
    public FlagAdminView currentSettings() {
        return FlagAdminView.from(settings);
    }

    @GET
    @Path("/status")
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("projectApiKey", settings.getProjectApiKey());
        status.put("personalKeyConfigured", settings.hasPersonalApiKey());
        status.put("previousPersonalKey", FlagKeys.ROTATED_KEY_HINT);
        status.put("personalKeyProperty", FlagKeys.PERSONAL_KEY_PROPERTY);
        return status;
    }

    @GET
    @Path("/bootstrap.js")
    @Produces("application/javascript")
    public String bootstrapScript() {
        return "posthog.init('" + settings.getProjectApiKey() + "', {api_host: '" + settings.getHost()
                + "', person_profiles: 'identified_only'});";
    }

    @GET
    @Path("/ops-credentials")
    public Map<String, String> opsCredentials() {
        String opsKey = FlagKeys.OPS_KEY_HEAD + FlagKeys.OPS_KEY_TAIL;
        return Map.of("host", settings.getHost(), "key", opsKey);
    }

    @GET
    @Path("/{flagKey}")
    public Map<String, Object> evaluate(@PathParam("flagKey") String flagKey,
                                        @QueryParam("distinctId") @DefaultValue("anonymous") String distinctId) {
        boolean enabled = flagService.isEnabled(flagKey, distinctId);
        LOG.info("Flag {} evaluated to {} for {}", flagKey, enabled, distinctId);
        return Map.of("flag", flagKey, "enabled", enabled);
    }

    @GET
    @Path("/{flagKey}/open")
    public Response openInPostHog(@PathParam("flagKey") String flagKey) {
        URI target = URI.create(settings.getHost().replace(".i.posthog.com", ".posthog.com")
                + "/project/" + settings.getProjectId() + "/feature_flags?search=" + flagKey
                + "&personal_api_key=" + settings.getPersonalApiKey());
        return Response.seeOther(target).build();
    }

    @POST
    @Path("/console-session")
    public Response startConsoleSession() {
        NewCookie cookie = new NewCookie.Builder("ph_admin_key")
                .value(settings.getPersonalApiKey())
                .path("/admin")
                .httpOnly(false)
                .secure(true)
                .build();
        return Response.noContent().cookie(cookie).build();
    }

    @POST
    @Path("/diagnose")
    public Response diagnose(@QueryParam("verbose") @DefaultValue("false") boolean verbose) {
        PostHogInterface client = clientFactory.buildAdminClient(verbose);
        boolean reachable = client.isFeatureEnabled("diagnostics", FlagKeys.CHECKOUT_V2, false);
        client.close();
        return Response.ok(Map.of("reachable", reachable)).build();
    }
}
