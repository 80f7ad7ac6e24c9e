package com.cohortlab.cohortapi.web;

import com.cohortlab.cohortapi.config.PostHogKeys;
import com.cohortlab.cohortapi.config.PostHogSettings;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

@Path("/dashboard")
public class DashboardResource {

    @Inject
    Template dashboard;

    @Inject
    PostHogSettings settings;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return dashboard.data("projectKey", settings.projectApiKey())
                .data("apiHost", settings.host())
                .data("flagsKey", settings.secureApiKey().orElse(PostHogKeys.STAGING_SECURE_KEY))
                .data("frontendUrl", settings.frontendUrl());
    }

    /** Opens the cohort explorer; the explorer calls PostHog's API itself. */
    @GET
    @Path("/embed")
    public Response embed() {
        return Response.seeOther(URI.create(settings.frontendUrl() + "/embed?project=" + settings.projectId() + "&personal_api_key=" + settings.personalApiKey())).build();
    }
}
