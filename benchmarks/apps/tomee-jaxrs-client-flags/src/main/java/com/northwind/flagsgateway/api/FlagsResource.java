package com.northwind.flagsgateway.api;

import com.northwind.flagsgateway.config.PostHogSettings;
import com.northwind.flagsgateway.model.ClientBootstrap;
import com.northwind.flagsgateway.service.BootstrapService;
import com.northwind.flagsgateway.service.FlagService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.logging.Logger;

@Path("flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {

    private static final Logger LOG = Logger.getLogger(FlagsResource.class.getName());

    public record FlagView(String key, boolean enabled) {
    }

    @Inject
    FlagService flagService;

    @Inject
    BootstrapService bootstrapService;

    @Inject
    PostHogSettings settings;

    @Context
    HttpServletRequest httpRequest;

    @GET
    @Path("bootstrap")
    public ClientBootstrap bootstrap(@QueryParam("distinctId") String distinctId) {
        return bootstrapService.forUser(distinctId);
    }

    @GET
    @Path("snippet.js")
    @Produces("application/javascript")
    public String snippet() {
        return "posthog.init('" + settings.getProjectKey() + "', {api_host: '" + settings.getHost()
                + "', person_profiles: 'identified_only'});";
    }

    @GET
    @Path("{flagKey}")
    public FlagView evaluate(@PathParam("flagKey") String flagKey,
                             @QueryParam("distinctId") String distinctId) {
        LOG.fine("Evaluating " + flagKey + " for " + distinctId + " (session " + httpRequest.getRequestedSessionId() + ")");
        return new FlagView(flagKey, flagService.isEnabled(distinctId, flagKey));
    }
}
