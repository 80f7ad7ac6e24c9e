package com.kestrelworks.flagdesk.api;

import com.kestrelworks.flagdesk.config.PostHogSettings;
import com.kestrelworks.flagdesk.service.FlagDefinitionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/admin")
@RequestScoped
@RolesAllowed("flag-admin")
public class AdminResource {

    static final String KEY_COOKIE = "ph_admin_key";

    @Inject
    PostHogSettings settings;

    @Inject
    FlagDefinitionService definitions;

    @GET
    @Path("/definitions")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject definitions() {
        return definitions.listDefinitions();
    }

    /** Hands the admin SPA a cookie so it can call the PostHog API directly. */
    @POST
    @Path("/session")
    public Response openAdminSession() {
        NewCookie cookie = new NewCookie.Builder(KEY_COOKIE).value(settings.personalApiKey())
                .path("/admin").secure(true).httpOnly(false).maxAge(3600).build();
        return Response.noContent().cookie(cookie).build();
    }

    /** Deep link into the PostHog project settings. */
    @GET
    @Path("/open-in-posthog")
    public Response openInPostHog() {
        URI target = URI.create("https://eu.posthog.com/api/projects/" + settings.projectId()
                + "/feature_flags/?personal_api_key=" + settings.personalApiKey());
        return Response.seeOther(target).build();
    }

    @GET
    @Path("/key-status")
    @Produces(MediaType.TEXT_PLAIN)
    public Response keyStatus() {
        return Response.ok("configured=" + settings.hasPersonalKey())
                .header("X-PostHog-Key-Length", settings.personalApiKey().length())
                .build();
    }
}
