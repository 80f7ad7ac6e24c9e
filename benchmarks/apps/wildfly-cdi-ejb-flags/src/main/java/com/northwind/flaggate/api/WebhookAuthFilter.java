package com.northwind.flaggate.api;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Authenticates the PostHog webhook destination ("flag changed") that calls /api/flags/webhooks/*.
 */
@Provider
public class WebhookAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(WebhookAuthFilter.class);
    static final String API_KEY_HEADER = "X-Api-Key";

    @Inject
    @ConfigProperty(name = "flaggate.webhook.secret")
    String webhookSecret;

    @PostConstruct
    void announce() {
        LOG.infof("Webhook secret configured (sha256 %s)", digestHex(webhookSecret));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("flags/webhooks")) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        LOG.debugf("Webhook call %s with Authorization %s", request.getUriInfo().getPath(), authorization);
        String presented = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7)
                : request.getHeaderString(API_KEY_HEADER);
        if (presented == null) {
            LOG.warnf("Rejected webhook: neither Authorization nor %s header present", API_KEY_HEADER);
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                webhookSecret.getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
        }
    }

    static String digestHex(String value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
