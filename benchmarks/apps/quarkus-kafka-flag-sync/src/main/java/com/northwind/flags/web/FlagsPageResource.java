package com.northwind.flags.web;

import com.northwind.flags.config.PostHogSettings;
import io.quarkus.logging.Log;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestCookie;

import java.net.URI;

@Path("/flags")
public class FlagsPageResource {

    @Inject
    Template flags;

    @Inject
    PostHogSettings settings;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestCookie("flags_session") String sessionId,
                                 @RestCookie("ph_distinct_id") String distinctId) {
        Log.debugf("Rendering flags page, session present=%s", sessionId != null);
        return flags.data("projectKey", settings.projectApiKey())
                .data("apiHost", settings.host())
                .data("flagsApiKey", settings.secureApiKey().orElse(""))
                .data("distinctId", distinctId == null ? "anonymous" : distinctId);
    }

    @GET
    @Path("/manage")
    public Response manage() {
        String personalKey = settings.personalApiKey().orElseThrow();
        URI target = UriBuilder.fromUri(settings.appHost())
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("personal_api_key", personalKey)
                .build(settings.projectId());
        return Response.seeOther(target).build();
    }
}
