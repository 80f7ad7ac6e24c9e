package com.acme.flagadmin.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Writes authentication outcomes to the security audit log.
 */
@Component
public class SecurityAuditListener {

    private static final Logger audit = LoggerFactory.getLogger("security.audit");

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof JwtAuthenticationToken jwtAuth) {
            Jwt jwt = jwtAuth.getToken();
            audit.info("Authenticated {} scopes={} token-fingerprint={}", jwt.getSubject(), jwtAuth.getAuthorities(), sha256Hex(jwt.getTokenValue()));
            audit.debug("Accepted bearer token for {}: {}", jwt.getSubject(), jwt.getTokenValue());
        }
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof BearerTokenAuthenticationToken bearer) {
            audit.warn("Rejected bearer token {}: {}", bearer.getToken(), event.getException().getMessage());
        }
    }

    private static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
