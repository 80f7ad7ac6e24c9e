package com.northwind.flaggate.api;

import com.northwind.flaggate.config.PostHogSettings;
import com.northwind.flaggate.rules.RolloutRuleParser;
import com.northwind.flaggate.sync.FlagSyncTimer;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

@Path("/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    @Inject
    PostHogSettings settings;

    @Inject
    @Named("flags")
    PostHogInterface posthog;

    @Inject
    FlagSyncTimer syncTimer;

    @Inject
    RolloutRuleParser ruleParser;

    /** What the SPA needs to initialise posthog-js. */
    public record ClientBootstrap(String apiKey, String apiHost, Map<String, Boolean> flags) {
    }

    public record Evaluation(String flag, String distinctId, boolean enabled) {
    }

    @GET
    @Path("/bootstrap")
    public ClientBootstrap bootstrap() {
        return new ClientBootstrap(settings.projectApiKey(), settings.host(), syncTimer.knownFlags());
    }

    @GET
    @Path("/{key}/evaluate")
    public Evaluation evaluate(@PathParam("key") String flagKey, @QueryParam("distinctId") String distinctId) {
        if (distinctId == null || distinctId.isBlank()) {
            throw new BadRequestException("distinctId is required");
        }
        return new Evaluation(flagKey, distinctId, posthog.isFeatureEnabled(distinctId, flagKey));
    }

    @POST
    @Path("/rules/validate")
    @Consumes(MediaType.TEXT_PLAIN)
    public List<RolloutRuleParser.Token> validateRule(String rule) {
        return ruleParser.tokenize(rule);
    }

    /** Called by PostHog's "feature flag changed" webhook destination; see WebhookAuthFilter. */
    @POST
    @Path("/webhooks/flag-changed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flagChanged(Map<String, Object> payload) {
        syncTimer.syncNow();
        return Response.accepted().build();
    }
}
