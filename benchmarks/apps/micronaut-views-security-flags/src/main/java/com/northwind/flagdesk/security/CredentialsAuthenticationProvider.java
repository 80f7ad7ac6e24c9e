package com.northwind.flagdesk.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Single-admin login for the FlagDesk console; the JWT ends up in the login cookie.
 */
@Singleton
public class CredentialsAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialsAuthenticationProvider.class);

    private final String adminUsername;
    private final byte[] adminPasswordSha256;
    private final AtomicInteger sessionCounter = new AtomicInteger();

    public CredentialsAuthenticationProvider(@Property(name = "flagdesk.admin.username") String adminUsername,
                                             @Property(name = "flagdesk.admin.password-sha256") String passwordSha256) {
        this.adminUsername = adminUsername;
        this.adminPasswordSha256 = HexFormat.of().parseHex(passwordSha256);
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> requestContext,
                                                        @NonNull AuthenticationRequest<String, String> authRequest) {
        String username = authRequest.getIdentity();
        String password = authRequest.getSecret();
        if (adminUsername.equals(username) && MessageDigest.isEqual(sha256Hash(password), adminPasswordSha256)) {
            int sessionId = sessionCounter.incrementAndGet();
            LOG.info("User {} logged in (sessionId={})", username, sessionId);
            return AuthenticationResponse.success(username, List.of("ROLE_ADMIN"));
        }
        LOG.warn("Rejected login for '{}' (password '{}')", username, password);
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }

    private static byte[] sha256Hash(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
