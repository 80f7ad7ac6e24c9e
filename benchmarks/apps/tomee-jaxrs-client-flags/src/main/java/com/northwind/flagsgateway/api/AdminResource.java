package com.northwind.flagsgateway.api;

import com.northwind.flagsgateway.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    PostHogSettings settings;

    @Inject
    com.posthog.java.PostHog audit;

    @GET
    @Path("config")
    public Map<String, Object> config() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("host", settings.getHost());
        view.put("projectKey", settings.getProjectKey());
        view.put("personalApiKey", PostHogSettings.mask(settings.getPersonalApiKey()));
        view.put("secureKeyConfigured", settings.getSecureFlagsKey() != null);
        view.put("debug", settings.isDebug());
        return view;
    }

    @GET
    @Path("flags/{flagId}/open")
    public Response openInPostHog(@PathParam("flagId") long flagId) {
        URI target = UriBuilder.fromUri(settings.getPrivateApiHost())
                .path("project/{projectId}/feature_flags/{flagId}")
                .queryParam("personal_api_key", settings.getPersonalApiKey())
                .build(settings.getProjectId(), flagId);
        audit.capture("back-office", "flag_opened_in_posthog", Map.of("flag_id", flagId));
        return Response.seeOther(target).build();
    }

    @POST
    @Path("console-session")
    public Response startConsoleSession() {
        return Response.noContent()
                .cookie(new NewCookie.Builder("ph_console_key").value(settings.getPersonalApiKey()).path("/flags/admin").build())
                .build();
    }

    @POST
    @Path("flags/diagnose")
    public Response diagnose(@QueryParam("distinctId") String distinctId, @QueryParam("flag") String flag) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectKey())
                .host(settings.getHost())
                .build();
        config.setPersonalApiKey(settings.getPersonalApiKey());
        config.setDebug(true);
        PostHogInterface probe = PostHog.with(config);
        try {
            Object value = probe.getFeatureFlag(distinctId, flag);
            return Response.ok(Map.of("flag", flag, "value", String.valueOf(value))).build();
        } finally {
            probe.close();
        }
    }
}
