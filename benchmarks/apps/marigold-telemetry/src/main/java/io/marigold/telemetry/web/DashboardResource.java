package io.marigold.telemetry.web;

import io.marigold.telemetry.config.PostHogSettings;
import io.marigold.telemetry.flags.FlagDefinition;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

  @Inject PostHogSettings settings;
  @Inject Template dashboard;
  @Inject Template admin;

  @GET
  @Path("/dashboard")
  public TemplateInstance dashboard(@QueryParam("tenant") String tenant) {
    return dashboard
        .data("projectKey", settings.projectApiKey())
        .data("ingestHost", settings.ingestHost())
        .data("flags", FlagDefinition.activeFor(tenant));
  }

  @GET
  @Path("/admin/connection")
  public TemplateInstance connection() {
    return admin.data("host", settings.host()).data("personalKey", settings.personalApiKey());
  }

  @GET
  @Path("/admin/connection/safe")
  public TemplateInstance safeConnection() {
    return admin.data("host", settings.host()).data("personalKey", settings.maskedPersonalKey());
  }
}
