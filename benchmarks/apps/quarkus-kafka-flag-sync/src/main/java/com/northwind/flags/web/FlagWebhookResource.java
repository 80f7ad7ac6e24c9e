package com.northwind.flags.web;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

@Path("/webhooks/posthog")
public class FlagWebhookResource {

    private static final Logger LOG = Logger.getLogger(FlagWebhookResource.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-posthog-signature");

    @Inject
    @Channel("flag-changes")
    MutinyEmitter<JsonObject> changes;

    @ConfigProperty(name = "flags.webhook.shared-secret")
    String sharedSecret;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> receive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                 @Context HttpHeaders headers,
                                 JsonObject payload) {
        LOG.debugf("PostHog webhook received, headers=%s", redact(headers));

        if (authorization == null) {
            LOG.warnf("PostHog webhook without %s header", HttpHeaders.AUTHORIZATION);
            return Uni.createFrom().item(Response.status(Response.Status.UNAUTHORIZED).build());
        }
        if (!matches(authorization, "Bearer " + sharedSecret)) {
            LOG.warnf("Rejected PostHog webhook, Authorization=%s", authorization);
            return Uni.createFrom().item(Response.status(Response.Status.FORBIDDEN).build());
        }

        JsonObject flag = payload.getJsonObject("data", new JsonObject());
        JsonObject change = new JsonObject()
                .put("flagKey", flag.getString("key"))
                .put("active", flag.getBoolean("active", false))
                .put("changedBy", payload.getJsonObject("person", new JsonObject()).getString("distinct_id", "system"));

        return changes.send(change)
                .replaceWith(Response.accepted().build());
    }

    private static boolean matches(String presented, String expected) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> redact(HttpHeaders headers) {
        Map<String, String> out = new TreeMap<>();
        headers.getRequestHeaders().forEach((name, values) ->
                out.put(name, SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                        ? "[REDACTED]"
                        : String.join(",", values)));
        return out;
    }
}
