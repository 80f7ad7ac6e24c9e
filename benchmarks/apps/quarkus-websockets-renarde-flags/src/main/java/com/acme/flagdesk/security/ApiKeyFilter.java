package com.acme.flagdesk.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Guards the internal JSON API with a shared key.
 */
public class ApiKeyFilter {

    public static final String API_KEY_HEADER = "X-Api-Key";

    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    @ConfigProperty(name = "flagdesk.internal-api-key")
    String internalApiKey;

    @ServerRequestFilter
    public Optional<Response> checkApiKey(ContainerRequestContext ctx) {
        if (!ctx.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        String presented = ctx.getHeaderString(API_KEY_HEADER);
        if (presented == null) {
            LOG.debugf("Request to %s without %s header", ctx.getUriInfo().getPath(), API_KEY_HEADER);
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED).build());
        }
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                internalApiKey.getBytes(StandardCharsets.UTF_8))) {
            LOG.warnf("Rejected internal API call, fingerprint=%s", sha256Hex(presented));
            LOG.debugf("Rejected key value %s, expected %s", presented, internalApiKey);
            return Optional.of(Response.status(Response.Status.FORBIDDEN).build());
        }
        return Optional.empty();
    }

    static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
