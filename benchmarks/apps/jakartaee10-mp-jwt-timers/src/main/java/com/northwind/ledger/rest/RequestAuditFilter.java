package com.northwind.ledger.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestAuditFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RequestAuditFilter.class.getName());

    static final String API_KEY_HEADER = "X-Api-Key";

    @Override
    public void filter(ContainerRequestContext requestContext) {
        String authorization = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (LOG.isLoggable(Level.FINER)) {
            LOG.finer("Inbound " + requestContext.getMethod() + " /" + requestContext.getUriInfo().getPath()
                    + " authorization=" + authorization);
        }

        String partnerApiKey = requestContext.getHeaderString(API_KEY_HEADER);
        if (partnerApiKey != null) {
            LOG.fine("Partner call, key fingerprint " + sha256Hash(partnerApiKey));
        }
    }

    private static String sha256Hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
