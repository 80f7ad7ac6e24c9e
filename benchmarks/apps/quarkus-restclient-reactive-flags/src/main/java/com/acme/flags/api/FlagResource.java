package com.acme.flags.api;

import java.util.List;
import java.util.Map;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.service.FlagService;
import com.acme.flags.service.FlagSnapshot;
import com.acme.flags.service.RuleExpressionLexer;

import io.smallrye.mutiny.Uni;
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

@Path("/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    /** What posthog-js needs to boot with server-evaluated flags. */
    public record ClientBootstrap(String apiKey, String apiHost, Map<String, Object> featureFlags) {
    }

    @Inject
    FlagService flagService;

    @Inject
    PostHogSettings settings;

    @Inject
    RuleExpressionLexer lexer;

    @GET
    @Path("/bootstrap")
    public Uni<ClientBootstrap> bootstrap(@QueryParam("distinctId") String distinctId) {
        return flagService.evaluateAll(distinctId).map(flags -> new ClientBootstrap(settings.projectApiKey(), settings.host(), flags));
    }

    @GET
    @Path("/{flagKey}")
    public Uni<FlagSnapshot> evaluate(@PathParam("flagKey") String flagKey, @QueryParam("distinctId") String distinctId) {
        return flagService.evaluate(flagKey, distinctId)
                .call(s -> flagService.recordExposure(flagKey, distinctId, s.enabled()));
    }

    /**
     * Raw definitions for the edge worker, which re-polls PostHog itself once it has the key.
     */
    @GET
    @Path("/definitions")
    public Uni<Response> definitions() {
        return flagService.fetchDefinitions().map(defs -> Response.ok(defs)
                .header("X-PostHog-Flags-Key", settings.secureApiKey())
                .header("Cache-Control", "max-age=" + settings.pollIntervalSeconds())
                .build());
    }

    @POST
    @Path("/rules/validate")
    @Consumes(MediaType.TEXT_PLAIN)
    public Map<String, Object> validate(String expression) {
        try {
            List<RuleExpressionLexer.Token> tokens = lexer.tokenize(expression);
            return Map.of("valid", true, "tokens", tokens.size());
        } catch (IllegalArgumentException e) {
            return Map.of("valid", false, "error", e.getMessage());
        }
    }
}
