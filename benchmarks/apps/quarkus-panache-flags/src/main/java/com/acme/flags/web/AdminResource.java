package com.acme.flags.web;

import com.acme.flags.entity.AuditEntry;
import com.acme.flags.entity.AuditEntry.ApiKeyKind;
import com.acme.flags.entity.FeatureFlag;
import io.quarkus.logging.Log;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

@Path("/admin")
public class AdminResource {

    @ConfigProperty(name = "flags.admin.password")
    String adminPassword;

    @ConfigProperty(name = "flags.webhook.secret")
    String webhookSecret;

    public record WebhookPayload(String flagKey, boolean active, long sessionId) {
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String username, @RestForm String password) {
        Log.infof("Admin login attempt user=%s password=%s", username, password);
        boolean ok = MessageDigest.isEqual(adminPassword.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            Log.warnf("Admin login rejected for %s (password length %d)", username, password.length());
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response webhook(@HeaderParam("X-Flags-Signature") String signature, WebhookPayload payload) {
        if (!webhookSecret.equals(signature)) {
            System.out.println("Webhook signature mismatch, expected " + webhookSecret + " got " + signature);
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        FeatureFlag flag = FeatureFlag.findByKey(payload.flagKey()).orElseThrow();
        flag.active = payload.active();
        AuditEntry.of("webhook", "toggle", flag.key, payload.sessionId(), ApiKeyKind.PROJECT).persist();
        Log.infof("Webhook toggled %s (session %d)", flag.key, payload.sessionId());
        return Response.ok(flag).build();
    }
}
