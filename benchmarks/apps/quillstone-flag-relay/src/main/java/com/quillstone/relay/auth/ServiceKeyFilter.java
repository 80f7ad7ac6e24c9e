package com.quillstone.relay.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Internal callers authenticate with a service key; only its SHA-256 digest is configured. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ServiceKeyFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceKeyFilter.class);

    private final String apiKeyHeaderName;
    private final Set<String> acceptedDigests;

    public ServiceKeyFilter(String apiKeyHeaderName, Set<String> acceptedDigests) {
        this.apiKeyHeaderName = apiKeyHeaderName;
        this.acceptedDigests = acceptedDigests;
        LOG.info("Service keys expected in header {} ({} keys accepted)", apiKeyHeaderName, acceptedDigests.size());
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (ctx.getUriInfo().getPath().startsWith("flags/client-config")) {
            return;
        }
        String serviceKey = ctx.getHeaderString(apiKeyHeaderName);
        boolean tokenValid = serviceKey != null && acceptedDigests.contains(sha256(serviceKey));
        if (!tokenValid) {
            LOG.warn("Rejected {} {}; request headers: {}", ctx.getMethod(), ctx.getUriInfo().getPath(), ctx.getHeaders());
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        LOG.debug("Service key accepted (digest {})", sha256(serviceKey).substring(0, 12));
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
