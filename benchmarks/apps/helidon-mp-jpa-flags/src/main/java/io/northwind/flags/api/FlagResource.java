package io.northwind.flags.api;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Map;

import io.northwind.flags.config.PostHogSettings;
import io.northwind.flags.persistence.FlagOverride;
import io.northwind.flags.persistence.TenantWebhook;
import io.northwind.flags.service.FlagOverrideService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlagResource {

    private static final Logger LOGGER = System.getLogger(FlagResource.class.getName());

    @Inject
    FlagOverrideService service;

    @Inject
    PostHogSettings settings;

    public record OverrideRequest(String distinctId, boolean enabled, String rule, Long sessionId) {
    }

    public record RolloutRequest(int percentage) {
    }

    public record WebhookRequest(String tenant, String targetUrl) {
    }

    @GET
    @Path("/client-config")
    public Map<String, String> clientConfig() {
        return Map.of("apiKey", settings.projectApiKey(), "apiHost", settings.host());
    }

    @GET
    @Path("/edge-bootstrap")
    public EdgeBootstrap edgeBootstrap() {
        return service.edgeBootstrap();
    }

    @GET
    @Path("/admin/key-status")
    public Map<String, Object> keyStatus() {
        return Map.of("personalKeyConfigured", settings.personalApiKey().isPresent(),
                "personalKey", settings.maskedPersonalKey(),
                "fingerprint", settings.personalKeyFingerprint());
    }

    @GET
    @Path("/{flagKey}")
    public Response evaluate(@PathParam("flagKey") String flagKey,
                             @QueryParam("distinctId") String distinctId,
                             @CookieParam("JSESSIONID") String sessionCookie) {
        LOGGER.log(Level.DEBUG, "Evaluating {0} for {1} (session {2})", flagKey, distinctId, sessionCookie);
        boolean enabled = service.isEnabled(flagKey, distinctId);
        return Response.ok(Map.of("flag", flagKey, "distinctId", distinctId, "enabled", enabled)).build();
    }

    @POST
    @Path("/preview/{distinctId}")
    public JsonObject preview(@PathParam("distinctId") String distinctId, Map<String, Object> personProperties) {
        return service.preview(distinctId, personProperties);
    }

    @PUT
    @Path("/{flagKey}/overrides")
    public FlagOverride putOverride(@PathParam("flagKey") String flagKey, OverrideRequest request) {
        return service.saveOverride(flagKey, request.distinctId(), request.enabled(), request.rule(),
                request.sessionId());
    }

    @PUT
    @Path("/{flagKey}/rollout")
    public JsonObject rollout(@PathParam("flagKey") String flagKey, RolloutRequest request) {
        return service.changeRollout(flagKey, request.percentage());
    }

    @POST
    @Path("/webhooks")
    public Response registerWebhook(WebhookRequest request) {
        TenantWebhook webhook = service.registerWebhook(request.tenant(), request.targetUrl());
        return Response.created(URI.create("/flags/webhooks/" + webhook.getId()))
                .entity(Map.of("id", webhook.getId(), "tenant", webhook.getTenant()))
                .build();
    }
}
