package com.northwind.flags.api;

import java.util.List;
import java.util.Map;

import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.model.ClientBootstrap;
import com.northwind.flags.model.SdkStatus;
import com.northwind.flags.rules.FlagRuleParser;
import com.northwind.flags.service.FlagService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Public flag endpoints used by the storefront.
 */
@Path("/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    private static final List<String> STOREFRONT_FLAGS = List.of("new-checkout", "one-click-reorder", "holiday-banner");

    public record FlagDecision(String flag, String distinctId, boolean enabled) {
    }

    public record RuleCheck(String rule, boolean valid) {
    }

    @Inject
    FlagService flagService;

    @Inject
    PostHogSettings settings;

    @Inject
    FlagRuleParser ruleParser;

    @GET
    @Path("/{flagKey}")
    public FlagDecision evaluate(@PathParam("flagKey") String flagKey, @QueryParam("distinctId") String distinctId) {
        return new FlagDecision(flagKey, distinctId, flagService.isEnabled(distinctId, flagKey));
    }

    @GET
    @Path("/bootstrap")
    public Response bootstrap(@QueryParam("distinctId") String distinctId) {
        Map<String, Object> flags = flagService.evaluateAll(distinctId, STOREFRONT_FLAGS);
        ClientBootstrap body = new ClientBootstrap(settings.getProjectApiKey(), settings.getHost(), distinctId, flags);
        return Response.ok(body)
                .header(PostHogSettings.FLAGS_KEY_HEADER, settings.getSecureFlagsKey())
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/sdk-status")
    public SdkStatus sdkStatus() {
        return flagService.status();
    }

    @POST
    @Path("/rules/validate")
    @Consumes(MediaType.TEXT_PLAIN)
    public RuleCheck validateRule(String rule) {
        return new RuleCheck(rule, ruleParser.isValid(rule));
    }
}
