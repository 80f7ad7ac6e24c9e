package com.northwind.exports.api;

import com.northwind.exports.analytics.PostHogKeys;
import com.northwind.exports.api.dto.FrontendAnalyticsConfig;
import com.northwind.exports.config.PostHogSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

@Path("/analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsConfigResource {

    @Inject
    PostHogSettings settings;

    @Inject
    FrontendConfigFactory frontendConfigFactory;

    @GET
    @Path("/frontend")
    public FrontendAnalyticsConfig frontend(@QueryParam("distinctId") String distinctId) {
        return frontendConfigFactory.create(distinctId);
    }

    @GET
    @Path("/diagnostics")
    public Response diagnostics() {
        Map<String, Object> diag = new LinkedHashMap<>();
        diag.put("host", settings.getHost());
        diag.put("projectId", settings.getProjectId());
        diag.put("projectApiKey", settings.getProjectApiKey());
        diag.put("personalApiKey", PostHogKeys.mask(settings.getPersonalApiKey()));
        diag.put("flagsSecureKey", settings.getFlagsSecureKey());
        diag.put("pollIntervalSeconds", settings.getPollIntervalSeconds());
        return Response.ok(diag).build();
    }
}
