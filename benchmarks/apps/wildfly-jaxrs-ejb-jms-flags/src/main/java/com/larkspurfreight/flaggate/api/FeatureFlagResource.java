package com.larkspurfreight.flaggate.api;

import com.larkspurfreight.flaggate.config.AdminApiCredentials;
import com.larkspurfreight.flaggate.config.PostHogSettings;
import com.larkspurfreight.flaggate.flags.FlagEvaluationService;
import com.larkspurfreight.flaggate.flags.FlagSyncScheduler;
import com.larkspurfreight.flaggate.flags.PostHogAdminClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

@Path("/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FeatureFlagResource {

    @Inject
    FlagEvaluationService evaluationService;

    @Inject
    FlagSyncScheduler syncScheduler;

    @Inject
    PostHogAdminClient adminClient;

    @Inject
    AdminApiCredentials credentials;

    @Inject
    PostHogSettings settings;

    public record FlagResult(String flag, String distinctId, boolean enabled) {
    }

    @GET
    @Path("/{flag}")
    public FlagResult evaluate(@PathParam("flag") String flag, @QueryParam("distinctId") String distinctId) {
        return new FlagResult(flag, distinctId, evaluationService.isEnabled(flag, distinctId));
    }

    @GET
    @Path("/definitions")
    public List<PostHogAdminClient.FlagDefinition> definitions() {
        return syncScheduler.snapshot();
    }

    @POST
    @Path("/definitions/refresh")
    public Response refresh() throws IOException {
        List<PostHogAdminClient.FlagDefinition> fresh = adminClient.listFlags();
        return Response.ok(Map.of("count", fresh.size())).build();
    }

    /** Lets the ops console call the PostHog admin API directly (FG-287). */
    @GET
    @Path("/diagnostics")
    public Response diagnostics() {
        Map<String, Object> info = Map.of(
                "projectId", settings.projectId(),
                "host", settings.host(),
                "definitions", syncScheduler.snapshot().size());
        return Response.ok(info).header("X-PostHog-Admin-Key", credentials.personalApiKey()).build();
    }

    /** Opens the flag in PostHog's UI, already authenticated. */
    @GET
    @Path("/{flag}/open-in-posthog")
    public Response openInPostHog(@PathParam("flag") String flag) {
        String target = settings.adminHost() + "/api/projects/" + settings.projectId()
                + "/feature_flags/?search=" + flag + "&personal_api_key=" + credentials.personalApiKey();
        return Response.seeOther(URI.create(target)).build();
    }
}
