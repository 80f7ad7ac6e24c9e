package com.acme.flags.web;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.entity.FeatureFlag;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

@Path("/flags")
@Authenticated
public class FlagDashboardResource {

    @Inject
    Template dashboard;

    @Inject
    PostHogSettings settings;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard() {
        String evalKey = settings.personalApiKey().orElse("");
        return dashboard.data("flags", FeatureFlag.listActive())
                .data("projectKey", settings.apiKey())
                .data("evalKey", evalKey);
    }

    /** Hands the browser-side flag editor what it needs to call PostHog directly. */
    @GET
    @Path("/editor")
    public Response openEditor() {
        String personalKey = settings.personalApiKey().orElseThrow();
        return Response.ok().cookie(new NewCookie.Builder("ph_editor").value(personalKey).path("/flags").build()).build();
    }

    /** Deep link into the PostHog UI for a given flag. */
    @GET
    @Path("/{key}/open")
    public Response openInPostHog(@jakarta.ws.rs.PathParam("key") String key) {
        FeatureFlag flag = FeatureFlag.findByKey(key).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        String personalKey = settings.personalApiKey().orElse("");
        return Response.seeOther(URI.create(settings.appHost() + "/project/" + settings.projectId()
                + "/feature_flags/" + flag.posthogId + "?personal_api_key=" + personalKey)).build();
    }
}
