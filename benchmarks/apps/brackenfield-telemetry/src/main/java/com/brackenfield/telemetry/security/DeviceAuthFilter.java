package com.brackenfield.telemetry.security;

import com.brackenfield.telemetry.config.IngestMapping;
import com.brackenfield.telemetry.config.KeyFormat;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Authenticates devices on the ingest API with the shared secret.
 */
public class DeviceAuthFilter {

    private static final Logger LOG = Logger.getLogger(DeviceAuthFilter.class);

    @Inject
    IngestMapping ingest;

    @ServerRequestFilter
    public Optional<Response> authenticate(ContainerRequestContext ctx) {
        if (!ctx.getUriInfo().getPath().startsWith("/v1/telemetry")) {
            return Optional.empty();
        }
        String deviceId = ctx.getHeaderString("X-Device-Id");
        String token = ctx.getHeaderString(KeyFormat.DEVICE_SECRET_HEADER);
        if (token == null) {
            LOG.infof("device %s sent no secret", deviceId);
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED).build());
        }
        boolean ok = MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                ingest.deviceSharedSecret().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            LOG.debugv("rejected device {0} presenting secret {1}", deviceId, token);
            LOG.warnf("device %s failed auth (secret length %d)", deviceId, token.length());
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED).build());
        }
        return Optional.empty();
    }
}
